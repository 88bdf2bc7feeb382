package io.subnetstorage.auth.bittensor.metagraph;

import java.util.Arrays;

/**
 * A strict cursor over SCALE bytes. Every read checks bounds and every compact must use its shortest
 * form, because the chain never emits anything else: a mismatch means we are decoding the wrong layout,
 * and silently accepting it could turn garbage into a plausible metagraph.
 */
final class ScaleReader {

    private final byte[] bytes;
    private int position;

    ScaleReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int position() {
        return position;
    }

    int u8() {
        need(1);
        return bytes[position++] & 0xff;
    }

    int u16() {
        return (int) littleEndian(2);
    }

    long u32() {
        return littleEndian(4);
    }

    /** A u64 that must fit in a Java long; stake and block numbers are far below 2^63 on any real chain. */
    long u64() {
        long value = littleEndian(8);
        if (value < 0) {
            throw new ScaleException("u64 above 2^63-1 at offset " + (position - 8));
        }
        return value;
    }

    void skip(int length) {
        need(length);
        position += length;
    }

    boolean bool() {
        int b = u8();
        if (b > 1) {
            throw new ScaleException("bool byte " + b + " at offset " + (position - 1));
        }
        return b == 1;
    }

    byte[] bytes(int length) {
        need(length);
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    /** Compact<u16>: the value must fit in 16 bits. */
    int compactU16() {
        long value = compact();
        if (value > 0xFFFF) {
            throw new ScaleException("Compact<u16> value " + value + " out of range");
        }
        return (int) value;
    }

    /** Compact<u64> (or a Vec length), limited to a non-negative long. */
    long compact() {
        int start = position;
        int first = u8();
        switch (first & 0b11) {
            case 0:
                return first >>> 2;
            case 1: {
                long value = ((first | (u8() << 8)) & 0xFFFF) >>> 2;
                return canonical(value, 1L << 6, start);
            }
            case 2: {
                position--;
                long value = u32() >>> 2;
                return canonical(value, 1L << 14, start);
            }
            default:
                return bigCompact(first >>> 2, start);
        }
    }

    /** A Vec length, bounded by what is left so a hostile length cannot allocate gigabytes. */
    int length(int minimumItemSize) {
        long length = compact();
        if (length > (long) (bytes.length - position) / Math.max(1, minimumItemSize)) {
            throw new ScaleException("Vec length " + length + " exceeds the remaining " + remaining() + " bytes");
        }
        return (int) length;
    }

    int remaining() {
        return bytes.length - position;
    }

    void expectEnd() {
        if (remaining() != 0) {
            throw new ScaleException(remaining() + " trailing bytes after offset " + position);
        }
    }

    private long bigCompact(int extraBytes, int start) {
        int length = extraBytes + 4;
        if (length > 8) {
            throw new ScaleException("compact of " + length + " bytes exceeds a u64 at offset " + start);
        }
        long value = littleEndian(length);
        if (value < 0) {
            throw new ScaleException("compact above 2^63-1 at offset " + start);
        }
        if (value < (1L << 30) || (length > 4 && (value >>> (8 * (length - 1))) == 0)) {
            throw new ScaleException("non-canonical compact at offset " + start);
        }
        return value;
    }

    private static long canonical(long value, long minimum, int start) {
        if (value < minimum) {
            throw new ScaleException("non-canonical compact at offset " + start);
        }
        return value;
    }

    private long littleEndian(int length) {
        need(length);
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[position + i] & 0xff);
        }
        position += length;
        return value;
    }

    private void need(int length) {
        if (length > bytes.length - position) {
            throw new ScaleException("truncated: need " + length + " bytes at offset " + position
                    + ", have " + (bytes.length - position));
        }
    }
}
