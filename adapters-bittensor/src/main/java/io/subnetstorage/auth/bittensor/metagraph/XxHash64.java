package io.subnetstorage.auth.bittensor.metagraph;

/**
 * xxHash64, the hash behind Substrate's {@code twox} storage hashers. Small enough to carry here rather
 * than pull a dependency for 60 lines; checked against the reference vectors and polkadot-js keys.
 */
final class XxHash64 {

    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private XxHash64() {
    }

    static long hash(byte[] data, long seed) {
        int length = data.length;
        int at = 0;
        long h;
        if (length >= 32) {
            long v1 = seed + P1 + P2;
            long v2 = seed + P2;
            long v3 = seed;
            long v4 = seed - P1;
            for (; at <= length - 32; at += 32) {
                v1 = round(v1, long64(data, at));
                v2 = round(v2, long64(data, at + 8));
                v3 = round(v3, long64(data, at + 16));
                v4 = round(v4, long64(data, at + 24));
            }
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = merge(merge(merge(merge(h, v1), v2), v3), v4);
        } else {
            h = seed + P5;
        }
        h += length;
        for (; at <= length - 8; at += 8) {
            h ^= round(0, long64(data, at));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (at <= length - 4) {
            h ^= (int64(data, at, 4)) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            at += 4;
        }
        for (; at < length; at++) {
            h ^= (data[at] & 0xffL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ (h >>> 32);
    }

    private static long round(long acc, long lane) {
        return Long.rotateLeft(acc + lane * P2, 31) * P1;
    }

    private static long merge(long acc, long value) {
        return (acc ^ round(0, value)) * P1 + P4;
    }

    private static long long64(byte[] data, int at) {
        return int64(data, at, 8);
    }

    private static long int64(byte[] data, int at, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (data[at + i] & 0xffL);
        }
        return value;
    }
}
