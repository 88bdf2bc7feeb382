package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AttributionProof;
import io.subnetstorage.auth.application.port.in.PresentedAttribution;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/** Attributions signed with the harness's fake signatures, as a miner's SDK would make them. */
final class Claims {

    private static final AtomicInteger NONCES = new AtomicInteger();
    private final Harness harness;

    Claims(Harness harness) {
        this.harness = harness;
    }

    static String nonce() {
        return String.format("%032x", NONCES.incrementAndGet());
    }

    static byte[] content(int size, int seed) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) seed);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static ObjectKey key(Hotkey miner, String relative) {
        return new ObjectKey(FolderPrefix.ofMiner(miner).value() + relative);
    }

    SignedAttribution claim(Hotkey miner, ObjectKey key, byte[] content, long timestamp, String nonce) {
        Attribution attribution = new Attribution(miner, key, sha256(content), content.length, timestamp, new Nonce(nonce));
        return new SignedAttribution(attribution, harness.signatures.sign(miner.value(), attribution.message()));
    }

    static PresentedAttribution presented(SignedAttribution claim) {
        return new PresentedAttribution(claim.message(), claim.signature().hex());
    }

    /** An upload request's entry carrying {@code claim}'s timestamp, nonce and signature. */
    static UploadFile upload(String jobId, String fileName, SignedAttribution claim) {
        Attribution attribution = claim.attribution();
        return new UploadFile(jobId, fileName, OptionalLong.of(attribution.size()), Optional.of(attribution.sha256Hex()),
                Optional.of(new AttributionProof(attribution.timestamp(), attribution.nonce().value(), claim.signature().hex())));
    }
}
