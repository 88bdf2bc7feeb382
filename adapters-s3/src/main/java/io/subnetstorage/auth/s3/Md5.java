package io.subnetstorage.auth.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, what S3 ETags are made of; not used for security. */
final class Md5 {

    private Md5() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has MD5", impossible);
        }
    }
}
