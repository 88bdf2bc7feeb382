package io.subnetstorage.auth.bittensor.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One step of a derivation path ({@code //hard} or {@code /soft}) and its 32-byte chain code, as
 * sp_core's DeriveJunction builds it: a decimal that fits a u64 is its 8 little-endian bytes, anything
 * else is SCALE-encoded (compact length ++ UTF-8); the encoding is zero-padded to 32 bytes, or replaced
 * by its blake2b-256 if longer. (polkadot-js also reads "0x..." junctions as raw hex; sp_core, which
 * Bittensor's wallet uses, does not, and neither do we.)
 */
record Junction(boolean hard, byte[] chainCode) {

    static List<Junction> parsePath(String path) {
        List<Junction> out = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) != '/') {
                throw new IllegalArgumentException("a derivation path is made of /soft and //hard junctions");
            }
            boolean hard = path.startsWith("//", i);
            int start = i + (hard ? 2 : 1);
            int end = path.indexOf('/', start);
            end = end < 0 ? path.length() : end;
            if (end == start) {
                throw new IllegalArgumentException("empty junction in derivation path");
            }
            out.add(new Junction(hard, chainCode(path.substring(start, end))));
            i = end;
        }
        return out;
    }

    static byte[] chainCode(String code) {
        byte[] encoded = isU64(code) ? u64Le(Long.parseUnsignedLong(code)) : scaleString(code);
        return encoded.length > 32 ? Blake2.blake2b(256, encoded) : Arrays.copyOf(encoded, 32);
    }

    private static boolean isU64(String code) {
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            Long.parseUnsignedLong(code);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    private static byte[] u64Le(long value) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    private static byte[] scaleString(String code) {
        byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        byte[] length = compact(utf8.length);
        byte[] out = Arrays.copyOf(length, length.length + utf8.length);
        System.arraycopy(utf8, 0, out, length.length, utf8.length);
        return out;
    }

    private static byte[] compact(int n) {
        if (n < 1 << 6) {
            return new byte[] {(byte) (n << 2)};
        }
        if (n < 1 << 14) {
            int v = (n << 2) | 1;
            return new byte[] {(byte) v, (byte) (v >>> 8)};
        }
        if (n < 1 << 30) {
            int v = (n << 2) | 2;
            return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
        }
        throw new IllegalArgumentException("junction too long");
    }
}
