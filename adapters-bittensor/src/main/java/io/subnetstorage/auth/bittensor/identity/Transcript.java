package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Scalar;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** A Merlin transcript (merlin 3.x): the Fiat-Shamir hash schnorrkel uses for signatures and key derivation. */
final class Transcript {

    private final Strobe128 strobe;

    private Transcript(Strobe128 strobe) {
        this.strobe = strobe;
    }

    static Transcript create(String label) {
        Transcript t = new Transcript(Strobe128.create(ascii("Merlin v1.0")));
        t.append("dom-sep", ascii(label));
        return t;
    }

    Transcript copy() {
        return new Transcript(strobe.copy());
    }

    Transcript append(String label, byte[] message) {
        strobe.metaAd(ascii(label), false);
        strobe.metaAd(lengthLe(message.length), true);
        strobe.ad(message, false);
        return this;
    }

    byte[] challengeBytes(String label, int length) {
        byte[] out = new byte[length];
        strobe.metaAd(ascii(label), false);
        strobe.metaAd(lengthLe(length), true);
        strobe.prf(out, false);
        return out;
    }

    /** schnorrkel's challenge_scalar: 64 bytes reduced mod l, so the result is uniform. */
    Scalar challengeScalar(String label) {
        return Scalar.fromBytesModOrderWide(challengeBytes(label, 64));
    }

    /**
     * merlin's TranscriptRng: a fork of the transcript keyed with secret witnesses and fresh randomness,
     * so a nonce is safe even if either the RNG or the witness alone is weak.
     */
    byte[] witnessBytes(String label, int length, SecureRandom random, byte[]... witnesses) {
        Strobe128 fork = strobe.copy();
        for (byte[] witness : witnesses) {
            fork.metaAd(ascii(label), false);
            fork.metaAd(lengthLe(witness.length), true);
            fork.key(witness, false);
        }
        byte[] entropy = new byte[32];
        random.nextBytes(entropy);
        fork.metaAd(ascii("rng"), false);
        fork.key(entropy, false);
        byte[] out = new byte[length];
        fork.metaAd(lengthLe(length), false);
        fork.prf(out, false);
        return out;
    }

    Scalar witnessScalar(String label, SecureRandom random, byte[]... witnesses) {
        return Scalar.fromBytesModOrderWide(witnessBytes(label, 64, random, witnesses));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] lengthLe(int length) {
        return new byte[] {(byte) length, (byte) (length >>> 8), (byte) (length >>> 16), (byte) (length >>> 24)};
    }
}
