package io.subnetstorage.auth.archfixtures.s3;

/** A stand-in adapter class. */
public class S3Thing {

    public String name() {
        return "s3";
    }
}
