package io.subnetstorage.auth.hippius;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, what Hippius ETags are made of; not used for security. */
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
