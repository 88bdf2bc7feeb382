package io.subnetstorage.auth.huggingface;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one read of a file yields: its size, SHA-256 (the LFS oid), git blob id (the oid the Hub gives a
 * regular file: SHA-1 of {@code "blob <size>\0"} and the bytes) and the first 512 bytes, which the
 * preupload call sends as a sample so the Hub can decide between a regular and an LFS file.
 */
record ContentDigest(long size, String sha256, String gitBlobId, byte[] sample) {

    static final int SAMPLE_BYTES = 512;

    /**
     * Reads {@code in} to its end. The git blob id needs the size before the bytes, so it is computed
     * only when {@code declaredSize} is known (not negative); it is meaningless if the size then differs.
     */
    static ContentDigest read(InputStream in, long declaredSize) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest sha1 = declaredSize >= 0 ? digest("SHA-1") : null;
        if (sha1 != null) {
            sha1.update(("blob " + declaredSize + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] sample = new byte[SAMPLE_BYTES];
        int sampled = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha256.update(buffer, 0, n);
            if (sha1 != null) {
                sha1.update(buffer, 0, n);
            }
            if (sampled < SAMPLE_BYTES) {
                int take = Math.min(n, SAMPLE_BYTES - sampled);
                System.arraycopy(buffer, 0, sample, sampled, take);
                sampled += take;
            }
            size += n;
        }
        HexFormat hex = HexFormat.of();
        return new ContentDigest(size, hex.formatHex(sha256.digest()),
                sha1 == null ? null : hex.formatHex(sha1.digest()), Arrays.copyOf(sample, sampled));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
