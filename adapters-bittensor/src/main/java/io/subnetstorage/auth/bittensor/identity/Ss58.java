package io.subnetstorage.auth.bittensor.identity;

import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * SS58 addresses of 32-byte public keys: base58(prefix ++ key ++ checksum), where the checksum is the
 * first two bytes of blake2b-512("SS58PRE" ++ prefix ++ key). Prefixes 0..63 take one byte, 64..16383
 * two (Substrate's bit-shuffled encoding). Bittensor uses the generic prefix 42.
 */
public final class Ss58 {

    public static final int GENERIC_PREFIX = 42;
    private static final byte[] CONTEXT = "SS58PRE".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 32;
    private static final int CHECKSUM_LENGTH = 2;

    private Ss58() {
    }

    public static String encode(byte[] publicKey, int prefix) {
        if (publicKey == null || publicKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an SS58 account key has 32 bytes");
        }
        byte[] head = prefixBytes(prefix);
        byte[] body = concat(head, publicKey);
        return Base58.encode(concat(body, Arrays.copyOf(checksum(body), CHECKSUM_LENGTH)));
    }

    /** The network prefix of a well-formed address. */
    public static int prefix(String address) {
        return parse(address).prefix;
    }

    /** The public key, if {@code address} is well-formed and carries {@code expectedPrefix}. */
    public static byte[] decode(String address, int expectedPrefix) {
        Parsed parsed = parse(address);
        if (parsed.prefix != expectedPrefix) {
            throw new MalformedIdentity("SS58 prefix " + parsed.prefix + ", expected " + expectedPrefix);
        }
        return parsed.publicKey;
    }

    private record Parsed(int prefix, byte[] publicKey) {
    }

    private static Parsed parse(String address) {
        byte[] raw;
        try {
            raw = Base58.decode(address == null ? "" : address);
        } catch (IllegalArgumentException notBase58) {
            throw new MalformedIdentity("SS58 address is not base58");
        }
        if (raw.length == 0 || (raw[0] & 0x80) != 0) {
            throw new MalformedIdentity("SS58 address has a reserved or missing prefix");
        }
        boolean twoBytes = (raw[0] & 0x40) != 0;
        int headLength = twoBytes ? 2 : 1;
        if (raw.length != headLength + KEY_LENGTH + CHECKSUM_LENGTH) {
            throw new MalformedIdentity("SS58 address has the wrong length for a 32-byte key");
        }
        int prefix = twoBytes
                ? ((raw[0] & 0x3f) << 2) | ((raw[1] & 0xff) >>> 6) | ((raw[1] & 0x3f) << 8)
                : raw[0];
        byte[] body = Arrays.copyOf(raw, headLength + KEY_LENGTH);
        byte[] expected = Arrays.copyOf(checksum(body), CHECKSUM_LENGTH);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(raw, body.length, raw.length))) {
            throw new MalformedIdentity("SS58 checksum mismatch");
        }
        return new Parsed(prefix, Arrays.copyOfRange(raw, headLength, body.length));
    }

    private static byte[] prefixBytes(int prefix) {
        if (prefix < 0 || prefix > 16383) {
            throw new IllegalArgumentException("SS58 prefixes are 0..16383");
        }
        if (prefix < 64) {
            return new byte[] {(byte) prefix};
        }
        return new byte[] {
            (byte) (((prefix & 0b1111_1100) >>> 2) | 0b0100_0000),
            (byte) ((prefix >>> 8) | ((prefix & 0b11) << 6)),
        };
    }

    private static byte[] checksum(byte[] body) {
        return Blake2.blake2b(512, CONTEXT, body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
