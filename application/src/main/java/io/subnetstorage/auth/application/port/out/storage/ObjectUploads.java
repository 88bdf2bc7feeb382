package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;

/** A store that grants uploads of exactly one key: a POST form for that key, or a presigned PUT. */
public interface ObjectUploads {

    /** The method this store's grants use. */
    UploadMethod method();

    /** Valid for {@code ttl}, capped by the store to what it can sign. */
    ObjectUpload presignObjectUpload(BucketName bucket, ObjectKey key, UploadConstraints constraints, Duration ttl);
}
