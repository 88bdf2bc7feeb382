package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.time.Duration;

/** ListObjectsV2, now and as presigned URLs. A client cannot re-sign a URL, so every page needs its own. */
public interface Listings {

    URI presignList(BucketName bucket, ListQuery query, Duration ttl);

    /** Lists now; throws {@code DependencyUnavailable} on failure or when {@code timeout} passes. */
    ListPage list(BucketName bucket, ListQuery query, Duration timeout);
}
