package io.subnetstorage.auth.bittensor.identity;

import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies sr25519 signatures by SS58 signers the way Bittensor's {@code Keypair.verify} does: over the
 * raw message first, then over {@code <Bytes>message</Bytes>} (what browser wallets sign). An address
 * that does not decode, or carries another network's prefix, is a failed verification, never an error.
 * Thread-safe. Decoded signers are cached: a subnet has a few hundred hotkeys that sign again and again,
 * and decoding (base58, blake2b checksum, ristretto square root, the point's table) is about a tenth of a verification.
 */
public final class Sr25519SignatureVerifier implements SignatureVerifier {

    // 16 times a subnet's 256 hotkeys; at ~2.3 KiB a signer (with its table) at most ~9 MiB of heap.
    private static final int CACHE_LIMIT = 4096;
    /** Below this a batch costs more than its signatures one by one. */
    private static final int SMALLEST_BATCH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int networkPrefix;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();

    /** The key, its point (for batches) and the point's odd-multiples table (for single checks), ~2 KiB. */
    private record Signer(byte[] publicKey, ExtendedPoint point, ExtendedPoint.Niels[] table) {
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
        Signer decoded = signer(signer);
        if (decoded == null) {
            return false;
        }
        // A forgery fails both checks: what they share (s, R, both tables) is worked out once.
        PreparedSignature prepared = PreparedSignature.of(decoded.table(), decoded.publicKey(), signature.bytes());
        return prepared != null && (prepared.verifies(message) || prepared.verifies(BytesWrapper.wrap(message)));
    }

    /**
     * Batch verification over the raw messages; a batch that fails is halved until the culprits are found,
     * and small groups are checked one by one (which also accepts {@code <Bytes>}-wrapped signatures).
     */
    @Override
    public boolean[] verifyAll(List<SignedMessage> items) {
        boolean[] valid = new boolean[items.size()];
        List<Integer> decodable = new ArrayList<>();
        List<Sr25519Batch.Item> batch = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SignedMessage item = items.get(i);
            Signer decoded = signer(item.signer());
            if (decoded != null) {
                decodable.add(i);
                batch.add(new Sr25519Batch.Item(decoded.point(), decoded.publicKey(), item.message(), item.signature().bytes()));
            }
        }
        settle(items, decodable, batch, valid);
        return valid;
    }

    private void settle(List<SignedMessage> items, List<Integer> indexes, List<Sr25519Batch.Item> batch, boolean[] valid) {
        if (indexes.size() <= SMALLEST_BATCH) {
            indexes.forEach(i -> valid[i] = verify(items.get(i).signer(), items.get(i).message(), items.get(i).signature()));
        } else if (Sr25519Batch.verify(batch, RANDOM)) {
            indexes.forEach(i -> valid[i] = true);
        } else {
            int half = indexes.size() / 2;
            settle(items, indexes.subList(0, half), batch.subList(0, half), valid);
            settle(items, indexes.subList(half, indexes.size()), batch.subList(half, batch.size()), valid);
        }
    }

    private Signer signer(Ss58Address address) {
        Signer decoded = signers.get(address.value());
        if (decoded == null) {
            decoded = decode(address.value());
            if (decoded == null) {
                return null;
            }
            if (signers.size() >= CACHE_LIMIT) {
                signers.clear(); // crude but bounded; a subnet's hotkeys refill it within seconds
            }
            signers.put(address.value(), decoded);
        }
        return decoded;
    }

    private Signer decode(String address) {
        byte[] publicKey;
        try {
            publicKey = Ss58.decode(address, networkPrefix);
        } catch (MalformedIdentity undecodable) {
            return null;
        }
        ExtendedPoint point = Sr25519.decodePublicKey(publicKey);
        return point == null ? null : new Signer(publicKey, point, HalfSizeCheck.table(point));
    }
}
