package io.subnetstorage.auth.application.mirror;

import java.util.HexFormat;
import java.util.List;

/**
 * What was read of an object: how many bytes, their MD5 and SHA-256, and the MD5 of each part of
 * {@code partSize} bytes, from which the multipart ETag of a write in such parts follows.
 */
record Digest(long bytes, byte[] md5, byte[] sha256, List<byte[]> partMd5s) {

    String md5Hex() {
        return HexFormat.of().formatHex(md5);
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** {@code md5(part md5s)-N}, as S3 and Hippius report an object written in these parts. */
    String multipartEtag() {
        java.security.MessageDigest md5 = Hashing.md5();
        partMd5s.forEach(md5::update);
        return HexFormat.of().formatHex(md5.digest()) + "-" + partMd5s.size();
    }

    /** The ETag a store reports for these bytes written by the service's adapters. */
    String expectedEtag(PartRule rule) {
        return rule.multipart(bytes) ? multipartEtag() : md5Hex();
    }

    /**
     * Whether these bytes are shown to be {@code source}'s: its size, and its ETag when that can tell (else the
     * {@code sha256} it declares in its metadata, when it has one).
     */
    boolean vouchedFor(io.subnetstorage.auth.application.port.out.storage.ObjectInfo source) {
        return bytes == source.size() && matchesEtag(source.etag()).orElseGet(() -> java.util.Optional.ofNullable(
                source.metadata().get("sha256")).map(sha256Hex()::equalsIgnoreCase).orElse(false));
    }

    /**
     * Whether these bytes are the ones a store's ETag stands for: a plain MD5, or a multipart ETag of as many
     * parts as were hashed here. Empty when the ETag cannot tell (written in parts of another size).
     */
    java.util.Optional<Boolean> matchesEtag(String etag) {
        int dash = etag.indexOf('-');
        if (dash < 0) {
            return java.util.Optional.of(etag.equals(md5Hex()));
        }
        if (!etag.substring(dash + 1).equals(Integer.toString(partMd5s.size()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(etag.equals(multipartEtag()));
    }
}
