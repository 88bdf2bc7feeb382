package io.subnetstorage.auth.archfixtures.redis;

import io.subnetstorage.auth.archfixtures.s3.S3Thing;

/** Planted violation: one adapter using another. */
public class RedisUsingS3 {

    public String name() {
        return new S3Thing().name();
    }
}
