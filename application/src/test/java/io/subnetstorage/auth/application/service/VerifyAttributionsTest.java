package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AttributionVerification;
import io.subnetstorage.auth.application.port.in.AttributionVerification.Status;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsCommand;
import io.subnetstorage.auth.application.port.in.VerifyAttributionsCommand;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §9 verification: what the store says now, against the receipt; content stays the SDK's to check. */
class VerifyAttributionsTest {

    private final Harness harness = new Harness();
    private final Claims claims = new Claims(harness);

    private SignedAttribution registered(String relative, byte[] content) {
        ObjectKey key = Claims.key(MINER, relative);
        harness.store.io.place(key, content, Map.of("sha256", Claims.sha256(content)));
        SignedAttribution claim = claims.claim(MINER, key, content, harness.now(), Claims.nonce());
        long now = harness.now();
        var envelope = harness.envelope(MINER, "s3:attribution:register:" + MINER.value() + ":" + now, now, "/register-attributions");
        new RegisterAttributionsService(harness.gate, harness.router(), harness.attributions, harness.attributionRecords,
                new FakeReceiptSigner(harness.signatures)).register(new RegisterAttributionsCommand(envelope, List.of(Claims.presented(claim))));
        return claim;
    }

    private AttributionVerification verify(List<String> keys) {
        long now = harness.now();
        var envelope = harness.envelope(VALIDATOR, "s3:validator:verify:" + MINER.value() + ":" + now, now, "/verify-attribution");
        return new VerifyAttributionsService(harness.gate, harness.router(), harness.attributionRecords, harness.signatures)
                .verify(new VerifyAttributionsCommand(envelope, MINER, keys, Optional.empty()));
    }

    @Test
    void eachKeyGetsItsStatusAndChecks() {
        SignedAttribution kept = registered("job_id=1/kept", Claims.content(2000, 1));
        SignedAttribution replaced = registered("job_id=1/replaced", Claims.content(2000, 2));
        harness.store.io.place(replaced.attribution().file(), Claims.content(2000, 3), Map.of("sha256", replaced.attribution().sha256Hex()));
        ObjectKey plain = Claims.key(MINER, "job_id=1/plain");
        harness.store.io.place(plain, Claims.content(1500, 4), Map.of());
        String absent = Claims.key(MINER, "job_id=1/absent").value();
        String outside = "data/hotkey=" + VALIDATOR.value() + "/job_id=1/x";
        int grantsBefore = harness.records.grants.size();

        var results = verify(List.of(kept.attribution().file().value(), replaced.attribution().file().value(), plain.value(), absent, outside))
                .results();

        var ok = results.get(kept.attribution().file().value());
        assertEquals(Status.ATTRIBUTED, ok.status());
        var checks = ok.checks();
        assertEquals(List.of(Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(false)),
                List.of(checks.signature(), checks.nonceUnique(), checks.size(), checks.sha256Metadata(), checks.etagUnchanged(),
                        checks.registeredAtUpload()));
        assertTrue(ok.sidecarUrl().orElseThrow().toString().contains("attribution/hotkey=" + MINER.value() + "/job_id=1/kept.json"));
        var changed = results.get(replaced.attribution().file().value());
        assertEquals(Status.MISMATCH, changed.status(), "same size and hash header, but not the object the receipt saw");
        assertEquals(Optional.of(false), changed.checks().etagUnchanged());
        assertEquals(Status.UNATTRIBUTED, results.get(plain.value()).status());
        assertEquals(Status.MISSING, results.get(absent).status());
        assertEquals(Status.MISSING, results.get(outside).status());
        var rows = harness.records.grants.subList(grantsBefore, harness.records.grants.size());
        assertEquals(1, rows.size(), "one grant over the sidecars of this store");
        assertEquals("attribution/hotkey=" + MINER.value() + "/", rows.get(0).prefix().value());
        assertEquals(java.util.Set.of(Operation.READ), rows.get(0).operations());
    }
}
