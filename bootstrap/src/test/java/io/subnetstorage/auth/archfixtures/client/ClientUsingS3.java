package io.subnetstorage.auth.archfixtures.client;

import io.subnetstorage.auth.archfixtures.s3.S3Thing;

/** Planted violation: the client reaching into a server adapter other than the identity code. */
public class ClientUsingS3 {

    public String name() {
        return new S3Thing().name();
    }
}
