package io.subnetstorage.auth.application.port.in;

/**
 * {@code POST /get-miner-list}: one presigned ListObjectsV2 URL per page, because a client cannot
 * add a continuation token to a presigned URL without breaking its signature.
 */
public interface PresignMinerListPageUseCase {

    MinerListPage presign(ValidatorMinerCommand command);
}
