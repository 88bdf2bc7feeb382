package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * The 32-byte public key inside an SS58 address with network prefix 42 (SPEC §1): base58 of
 * {@code 42 ++ key ++ checksum}, the checksum being the first two bytes of blake2b-512("SS58PRE" ++ 42 ++ key).
 * Decoded here because per-miner bucket names hash the key, not its text.
 */
final class Ss58PublicKey {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int PREFIX = 42;
    private static final int KEY_BYTES = 32;
    private static final byte[] CHECKSUM_PREAMBLE = "SS58PRE".getBytes(StandardCharsets.US_ASCII);

    private Ss58PublicKey() {
    }

    static byte[] of(Hotkey hotkey) {
        byte[] decoded = base58(hotkey.value());
        if (decoded.length != 1 + KEY_BYTES + 2 || decoded[0] != PREFIX) {
            throw new IllegalArgumentException("not an SS58 address with network prefix 42: " + hotkey);
        }
        byte[] checksum = checksum(Arrays.copyOfRange(decoded, 0, 1 + KEY_BYTES));
        if (checksum[0] != decoded[1 + KEY_BYTES] || checksum[1] != decoded[2 + KEY_BYTES]) {
            throw new IllegalArgumentException("the checksum of " + hotkey + " does not match");
        }
        return Arrays.copyOfRange(decoded, 1, 1 + KEY_BYTES);
    }

    private static byte[] checksum(byte[] prefixAndKey) {
        Blake2bDigest blake = new Blake2bDigest(512);
        blake.update(CHECKSUM_PREAMBLE, 0, CHECKSUM_PREAMBLE.length);
        blake.update(prefixAndKey, 0, prefixAndKey.length);
        byte[] digest = new byte[64];
        blake.doFinal(digest, 0);
        return digest;
    }

    private static byte[] base58(String text) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("not base58: " + text);
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int signByte = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[leadingZeros]);
        if (value.signum() > 0) {
            out.write(magnitude, signByte, magnitude.length - signByte);
        }
        return out.toByteArray();
    }
}
