package io.subnetstorage.auth.archfixtures.application;

import io.subnetstorage.auth.archfixtures.s3.S3Thing;

/** Planted violation: application code calling an adapter directly instead of a port. */
public class ApplicationUsingAdapter {

    public String name() {
        return new S3Thing().name();
    }
}
