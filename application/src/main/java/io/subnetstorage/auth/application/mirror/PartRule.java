package io.subnetstorage.auth.application.mirror;

/**
 * How the store adapters split the service's own writes (adapters-s3 and adapters-hippius {@code MultipartWrite}):
 * one part up to MULTIPART_THRESHOLD, above it parts of the threshold's size, larger when 10,000 parts would not
 * hold the object. The ETag a store reports is then the MD5 of the bytes, or {@code md5(part md5s)-N}: knowing
 * the rule, the ETag to expect can be computed from the bytes as they are copied.
 */
record PartRule(long threshold) {

    static final int MAX_PARTS = 10_000;

    PartRule {
        if (threshold < 1) {
            throw new IllegalArgumentException("a threshold of at least one byte");
        }
    }

    boolean multipart(long size) {
        return size > threshold;
    }

    long partSize(long size) {
        return Math.max(threshold, (size + MAX_PARTS - 1) / MAX_PARTS);
    }
}
