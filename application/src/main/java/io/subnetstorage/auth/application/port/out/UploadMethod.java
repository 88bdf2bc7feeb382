package io.subnetstorage.auth.application.port.out;

/** How a miner uploads: one POST policy for the whole folder, or one presigned PUT per object. */
public enum UploadMethod {
    POST_POLICY,
    PRESIGNED_PUT
}
