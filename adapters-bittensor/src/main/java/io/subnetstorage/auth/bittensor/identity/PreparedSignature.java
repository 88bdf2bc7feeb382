package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Scalar;
import java.util.Arrays;

/**
 * One sr25519 signature by one signer, decoded once and checked against one message or more: Bittensor
 * accepts a signature over the raw message or over its {@code <Bytes>} wrapping, and a forgery must fail
 * both, so everything the two checks share (s, R decoded, R's table, the signer's table) is done once.
 */
final class PreparedSignature {

    private final ExtendedPoint.Niels[] signerTable;
    private final byte[] publicKey;
    private final byte[] r;
    private final Scalar s;
    private final ExtendedPoint.Niels[] rTable;

    private PreparedSignature(ExtendedPoint.Niels[] signerTable, byte[] publicKey, byte[] r, Scalar s, ExtendedPoint.Niels[] rTable) {
        this.signerTable = signerTable;
        this.publicKey = publicKey;
        this.r = r;
        this.s = s;
        this.rTable = rTable;
    }

    /**
     * The signature ready to check, or null when no message can verify: no schnorrkel marker, a non-canonical
     * s, or an R that is not a canonical ristretto255 encoding (the encoding of s·B − k·A never is one).
     * {@code signerTable} is {@link HalfSizeCheck#table} of the public key's point.
     */
    static PreparedSignature of(ExtendedPoint.Niels[] signerTable, byte[] publicKey, byte[] signature) {
        Scalar s = Sr25519.responseOf(signature);
        if (s == null) {
            return null;
        }
        byte[] r = Arrays.copyOfRange(signature, 0, 32);
        ExtendedPoint rPoint = RistrettoCodec.decode(r);
        return rPoint == null ? null : new PreparedSignature(signerTable, publicKey, r, s, HalfSizeCheck.table(rPoint));
    }

    boolean verifies(byte[] message) {
        return HalfSizeCheck.holds(rTable, signerTable, s, Sr25519.challenge(publicKey, message, r));
    }
}
