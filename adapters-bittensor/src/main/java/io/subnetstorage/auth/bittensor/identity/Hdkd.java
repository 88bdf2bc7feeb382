package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Scalar;
import java.security.SecureRandom;

/**
 * schnorrkel's hierarchical derivation as Substrate calls it. Hard: hard_derive_mini_secret_key with an
 * empty extra input, then the ed25519-mode expansion (the child cannot be linked to the parent's public
 * key). Soft: derived_key_simple, which adds a transcript-derived scalar to the key (anyone holding the
 * parent public key and the path can compute the child public key).
 */
final class Hdkd {

    private static final String LABEL = "SchnorrRistrettoHDKD";

    private Hdkd() {
    }

    static SecretKey derive(SecretKey secret, Junction junction, SecureRandom random) {
        return junction.hard() ? hard(secret, junction.chainCode()) : soft(secret, junction.chainCode(), random);
    }

    static SecretKey hard(SecretKey secret, byte[] chainCode) {
        Transcript t = Transcript.create(LABEL)
                .append("sign-bytes", new byte[0])
                .append("chain-code", chainCode)
                .append("secret-key", secret.key().toByteArray());
        return SecretKey.expandEd25519(t.challengeBytes("HDKD-hard", 32));
    }

    static SecretKey soft(SecretKey secret, byte[] chainCode, SecureRandom random) {
        byte[] publicKey = secret.publicKey();
        Transcript t = Transcript.create(LABEL)
                .append("sign-bytes", new byte[0])
                .append("chain-code", chainCode)
                .append("public-key", publicKey);
        Scalar offset = t.challengeScalar("HDKD-scalar");
        t.challengeBytes("HDKD-chaincode", 32); // keeps the transcript state identical to schnorrkel's
        // schnorrkel draws the child's nonce seed from the RNG too; it never changes the public key
        byte[] nonce = t.witnessBytes("HDKD-nonce", 32, random, secret.nonce(), secret.toBytes());
        return new SecretKey(secret.key().add(offset), nonce);
    }
}
