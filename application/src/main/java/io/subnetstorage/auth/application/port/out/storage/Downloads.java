package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;

/** Presigned GET URLs. */
public interface Downloads {

    URI presignGet(BucketName bucket, ObjectKey key, Duration ttl);
}
