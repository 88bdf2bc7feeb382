package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.Scalar;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A schnorrkel secret key: the signing scalar and a 32-byte nonce seed. The nonce seed only hardens
 * signature nonces against a bad RNG; it never affects which public key or signatures verify.
 */
record SecretKey(Scalar key, byte[] nonce) {

    /**
     * schnorrkel's MiniSecretKey::expand_ed25519, the mode Substrate uses: SHA-512 of the seed, the low
     * half clamped like ed25519 and then divided by the cofactor (so 8·key is the ed25519 scalar), the
     * high half as nonce seed.
     */
    static SecretKey expandEd25519(byte[] miniSecret) {
        if (miniSecret.length != 32) {
            throw new IllegalArgumentException("a mini-secret has 32 bytes");
        }
        byte[] h;
        try {
            h = MessageDigest.getInstance("SHA-512").digest(miniSecret);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        byte[] key = java.util.Arrays.copyOfRange(h, 0, 32);
        key[0] &= (byte) 248;
        key[31] &= 63;
        key[31] |= 64;
        divideByCofactor(key);
        return new SecretKey(Scalar.fromCanonicalBytes(key), java.util.Arrays.copyOfRange(h, 32, 64));
    }

    byte[] publicKey() {
        return Constants.RISTRETTO_GENERATOR_TABLE.multiply(key).compress().toByteArray();
    }

    /** schnorrkel's SecretKey::to_bytes: key ++ nonce. */
    byte[] toBytes() {
        byte[] out = new byte[64];
        System.arraycopy(key.toByteArray(), 0, out, 0, 32);
        System.arraycopy(nonce, 0, out, 32, 32);
        return out;
    }

    /** The 256-bit little-endian number shifted right by 3 bits. */
    private static void divideByCofactor(byte[] scalar) {
        int low = 0;
        for (int i = scalar.length - 1; i >= 0; i--) {
            int b = scalar[i] & 0xff;
            scalar[i] = (byte) ((b >>> 3) + low);
            low = (b & 0b111) << 5;
        }
    }
}
