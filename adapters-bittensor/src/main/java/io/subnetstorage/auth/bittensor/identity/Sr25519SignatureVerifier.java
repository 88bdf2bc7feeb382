package io.subnetstorage.auth.bittensor.identity;

import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies sr25519 signatures by SS58 signers the way Bittensor's {@code Keypair.verify} does: over the
 * raw message first, then over {@code <Bytes>message</Bytes>} (what browser wallets sign). An address
 * that does not decode, or carries another network's prefix, is a failed verification, never an error.
 * Thread-safe. Decoded signers are cached: a subnet has a few hundred hotkeys that sign again and again,
 * and decoding (base58, blake2b checksum, ristretto square root) is about a tenth of a verification.
 */
public final class Sr25519SignatureVerifier implements SignatureVerifier {

    private static final int CACHE_LIMIT = 8192;

    private final int networkPrefix;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();

    private record Signer(byte[] publicKey, ExtendedPoint point) {
    }

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
        Signer decoded = signers.get(signer.value());
        if (decoded == null) {
            decoded = decode(signer.value());
            if (decoded == null) {
                return false;
            }
            if (signers.size() >= CACHE_LIMIT) {
                signers.clear(); // crude but bounded; a subnet's hotkeys refill it within seconds
            }
            signers.put(signer.value(), decoded);
        }
        byte[] sig = signature.bytes();
        return Sr25519.verify(decoded.point(), decoded.publicKey(), message, sig)
                || Sr25519.verify(decoded.point(), decoded.publicKey(), BytesWrapper.wrap(message), sig);
    }

    private Signer decode(String address) {
        byte[] publicKey;
        try {
            publicKey = Ss58.decode(address, networkPrefix);
        } catch (MalformedIdentity undecodable) {
            return null;
        }
        ExtendedPoint point = Sr25519.decodePublicKey(publicKey);
        return point == null ? null : new Signer(publicKey, point);
    }
}
