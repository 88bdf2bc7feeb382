package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.RistrettoElement;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;

/**
 * Verifies sr25519 signatures by SS58 signers the way Bittensor's {@code Keypair.verify} does: over the
 * raw message first, then over {@code <Bytes>message</Bytes>} (what browser wallets sign). An address
 * that does not decode, or carries another network's prefix, is a failed verification, never an error.
 */
public final class Sr25519SignatureVerifier implements SignatureVerifier {

    private final int networkPrefix;

    public Sr25519SignatureVerifier() {
        this(Ss58.GENERIC_PREFIX);
    }

    public Sr25519SignatureVerifier(int networkPrefix) {
        this.networkPrefix = networkPrefix;
    }

    @Override
    public boolean verify(Ss58Address signer, byte[] message, Signature signature) {
        if (signer == null || message == null || signature == null) {
            return false;
        }
        byte[] publicKey;
        try {
            publicKey = Ss58.decode(signer.value(), networkPrefix);
        } catch (MalformedIdentity undecodable) {
            return false;
        }
        RistrettoElement point = Sr25519.decodePublicKey(publicKey);
        if (point == null) {
            return false;
        }
        byte[] sig = signature.bytes();
        return Sr25519.verify(point, publicKey, message, sig)
                || Sr25519.verify(point, publicKey, BytesWrapper.wrap(message), sig);
    }
}
