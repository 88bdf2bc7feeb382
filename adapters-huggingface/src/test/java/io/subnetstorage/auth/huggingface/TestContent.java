package io.subnetstorage.auth.huggingface;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Test content and the digests the Hub should report for it, computed independently of the client. */
final class TestContent {

    private TestContent() {
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        return hex("SHA-256", new byte[0], bytes);
    }

    /** What git (and the Hub) names a regular file: SHA-1 of "blob <size>\0" and the bytes. */
    static String gitBlobId(byte[] bytes) {
        return hex("SHA-1", ("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    private static String hex(String algorithm, byte[] prefix, byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(prefix);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
