package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.replay.Nonce;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeaderProofAdmissionTest {

    private static final String BODY_HASH = "ab".repeat(32);
    private final Harness harness = new Harness();

    private IssueMinerFolderGrantCommand headerSigned(String nonce, long timestampMillis, String signedHash) {
        String message = signedHash + "." + nonce + "." + timestampMillis;
        Signature signature = harness.signatures.sign(MINER.value(), message);
        HeaderProof proof = new HeaderProof(BODY_HASH, new Nonce(nonce), timestampMillis, signature);
        var envelope = SignedEnvelope.ofHeaders(MINER, proof, harness.now(), OptionalLong.empty(),
                new RequestOrigin("r", "/get-folder-access", "127.0.0.1"));
        return new IssueMinerFolderGrantCommand(MINER_COLDKEY, envelope);
    }

    private ReasonCode refusal(IssueMinerFolderGrantCommand command) {
        return assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(command)).reason();
    }

    @Test
    void aHeaderSignedRequestIsAdmittedOnceItsNonceIsNew() {
        String nonce = UUID.randomUUID().toString();
        long millis = harness.clock.instant().toEpochMilli();
        harness.minerFolders().issue(headerSigned(nonce, millis, BODY_HASH));
        assertEquals(1, harness.records.grants.size());
        assertEquals(ReasonCode.REPLAYED, refusal(headerSigned(nonce, millis, BODY_HASH)), "same nonce, new signature");
        harness.minerFolders().issue(headerSigned(UUID.randomUUID().toString(), millis, BODY_HASH));
        assertEquals(2, harness.records.grants.size());
    }

    @Test
    void theHeaderTimestampMayBeAtMostEightSecondsOff() {
        long millis = harness.clock.instant().toEpochMilli();
        harness.minerFolders().issue(headerSigned(UUID.randomUUID().toString(), millis - 8_000, BODY_HASH));
        assertEquals(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW, refusal(headerSigned(UUID.randomUUID().toString(), millis - 8_001, BODY_HASH)));
        assertEquals(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW, refusal(headerSigned(UUID.randomUUID().toString(), millis + 8_001, BODY_HASH)));
    }

    @Test
    void aSignatureOverAnotherBodyIsRefused() {
        long millis = harness.clock.instant().toEpochMilli();
        assertEquals(ReasonCode.SIGNATURE_INVALID, refusal(headerSigned(UUID.randomUUID().toString(), millis, "cd".repeat(32))));
    }
}
