package io.subnetstorage.auth.client;

import io.subnetstorage.auth.domain.storage.PathSegment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file to upload as {@code key}, with what grants and stores check: its size, its MD5 (the state file's
 * identity of an upload; the store's ETag) and its SHA-256 (announced, then signed as {@code x-amz-meta-sha256}).
 * Both digests come from one read.
 */
record LocalFile(Path path, String key, String jobId, String name, long size, String md5, String sha256) {

    /** The object sizes SPEC §7 allows on every store (the POST policy's range and the PUT grants' bound). */
    static final long MIN_SIZE = 1024;
    static final long MAX_SIZE = 5_368_709_120L;

    static LocalFile read(Path path, String key, String jobId) throws IOException {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha256 = digest("SHA-256");
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read; (read = in.read(buffer)) > 0; size += read) {
                md5.update(buffer, 0, read);
                sha256.update(buffer, 0, read);
            }
        }
        HexFormat hex = HexFormat.of();
        return new LocalFile(path, key, jobId, path.getFileName().toString(), size, hex.formatHex(md5.digest()),
                hex.formatHex(sha256.digest()));
    }

    /**
     * Why no store may take this file under its key (SPEC §7: single-segment job id and name without the
     * characters Hippius refuses, 1024 to 5368709120 bytes), or empty. Checked on every store, so a batch behaves
     * alike everywhere and no key is written that could not be copied to Hippius.
     */
    Optional<String> problem() {
        if (!PathSegment.isValid(name)) {
            return Optional.of("the file name '" + name + "' cannot be a key segment (no / \\ { } ^ % ` [ ] \" < > ~ # |, "
                    + "no control characters, at most " + PathSegment.MAX_BYTES + " bytes)");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            return Optional.of(size + " bytes is outside the allowed size " + MIN_SIZE + ".." + MAX_SIZE);
        }
        return Optional.empty();
    }

    /** The MD5 as {@code Content-MD5} carries it. */
    String md5Base64() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(md5));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has " + algorithm, impossible);
        }
    }
}
