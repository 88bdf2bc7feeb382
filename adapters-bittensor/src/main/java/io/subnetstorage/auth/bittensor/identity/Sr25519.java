package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.Scalar;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * schnorrkel's sr25519 Schnorr signatures with Substrate's signing context {@code "substrate"}.
 * Signatures are {@code R || s} with the top bit of the last byte set as schnorrkel's marker.
 */
public final class Sr25519 {

    public static final int PUBLIC_KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    // The context prefix is the same for every message; forking a prepared transcript saves work per call.
    private static final Transcript SIGNING_CONTEXT =
            Transcript.create("SigningContext").append("", Transcript.ascii("substrate"));

    private Sr25519() {
    }

    /** True iff {@code signature} is a valid signature of {@code message} by {@code publicKey}; never throws on bad input. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || message == null || signature == null
                || publicKey.length != PUBLIC_KEY_LENGTH || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        ExtendedPoint a = decodePublicKey(publicKey);
        return a != null && verify(a, publicKey, message, signature);
    }

    /** Decodes a public key, or null for an invalid encoding or the identity (which anyone could "sign" for). */
    static ExtendedPoint decodePublicKey(byte[] publicKey) {
        // the identity's only encoding is 32 zero bytes
        return Arrays.equals(publicKey, new byte[PUBLIC_KEY_LENGTH]) ? null : RistrettoCodec.decode(publicKey);
    }

    /** Verification with the public key already decoded; {@code a} is only read. */
    static boolean verify(ExtendedPoint a, byte[] publicKey, byte[] message, byte[] signature) {
        PreparedSignature prepared = PreparedSignature.of(HalfSizeCheck.table(a), publicKey, signature);
        return prepared != null && prepared.verifies(message);
    }

    /**
     * The signature's {@code s}, or null without schnorrkel's marker bit (a pre-0.8 schnorrkel or ed25519
     * signature) or when {@code s} is not canonical (which would make one signature many).
     */
    static Scalar responseOf(byte[] signature) {
        if (signature.length != SIGNATURE_LENGTH || (signature[63] & 0x80) == 0) {
            return null;
        }
        byte[] sBytes = Arrays.copyOfRange(signature, 32, 64);
        sBytes[31] &= 0x7f;
        try {
            return Scalar.fromCanonicalBytes(sBytes);
        } catch (IllegalArgumentException nonCanonical) {
            return null;
        }
    }

    static byte[] sign(SecretKey secret, byte[] publicKey, byte[] message, SecureRandom random) {
        Transcript t = begin(publicKey, message);
        Scalar nonce = t.witnessScalar("signing", random, secret.nonce());
        byte[] r = Constants.RISTRETTO_GENERATOR_TABLE.multiply(nonce).compress().toByteArray();
        t.append("sign:R", r);
        Scalar k = t.challengeScalar("sign:c");
        byte[] s = k.multiplyAndAdd(secret.key(), nonce).toByteArray();
        byte[] signature = new byte[SIGNATURE_LENGTH];
        System.arraycopy(r, 0, signature, 0, 32);
        System.arraycopy(s, 0, signature, 32, 32);
        signature[63] |= (byte) 0x80;
        return signature;
    }

    static Scalar challenge(byte[] publicKey, byte[] message, byte[] r) {
        return begin(publicKey, message).append("sign:R", r).challengeScalar("sign:c");
    }

    private static Transcript begin(byte[] publicKey, byte[] message) {
        return SIGNING_CONTEXT.copy()
                .append("sign-bytes", message)
                .append("proto-name", Transcript.ascii("Schnorr-sig"))
                .append("sign:pk", publicKey);
    }
}
