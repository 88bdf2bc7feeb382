package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static io.subnetstorage.auth.application.service.Harness.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssueMinerFolderGrantServiceTest {

    private final Harness harness = new Harness();

    private IssueMinerFolderGrantCommand signed(Hotkey hotkey, Coldkey coldkey, long timestamp) {
        String commitment = "s3:data:access:" + coldkey.value() + ":" + hotkey.value() + ":" + timestamp;
        return new IssueMinerFolderGrantCommand(coldkey, harness.envelope(hotkey, commitment, timestamp, "/get-folder-access"));
    }

    private ReasonCode refusal(IssueMinerFolderGrantCommand command) {
        return assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(command)).reason();
    }

    @Test
    void aRegisteredMinerGetsAPolicyForItsOwnFolderAndTheGrantIsRecorded() {
        MinerFolderGrant grant = harness.minerFolders().issue(signed(MINER, MINER_COLDKEY, harness.now()));

        assertEquals("data/hotkey=" + MINER.value() + "/", grant.folder().value());
        assertEquals("data/hotkey=" + MINER.value() + "/${filename}", grant.form().orElseThrow().fields().get("key"));
        assertTrue(grant.listUrl().toString().contains("prefix=data/hotkey=" + MINER.value() + "/"));
        assertEquals(harness.now() + 86_400, grant.requestExpiry());
        assertEquals(1, harness.records.grants.size());
        var recorded = harness.records.grants.get(0);
        assertEquals(Set.of(Operation.UPLOAD, Operation.LIST), recorded.operations());
        assertEquals(harness.clock.instant().plus(Duration.ofHours(24)), recorded.expiresAt());
        assertTrue(harness.records.events.get(0).allowed());
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedBeforeTheSignatureIsEvenChecked() {
        assertEquals(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW, refusal(signed(MINER, MINER_COLDKEY, harness.now() - 301)));
        assertEquals(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW, refusal(signed(MINER, MINER_COLDKEY, harness.now() + 61)));
        assertEquals(0, harness.signatures.verifications.get());
    }

    @Test
    void aSignatureOverAnotherCommitmentIsRefusedAndChargesNoQuota() {
        long now = harness.now();
        var envelope = harness.envelope(MINER, "s3:validator:access:" + now, now, "/get-folder-access");
        assertEquals(ReasonCode.SIGNATURE_INVALID, refusal(new IssueMinerFolderGrantCommand(MINER_COLDKEY, envelope)));
        assertEquals(0, harness.quotas.globalUsage(harness.clock.instant()));
        assertEquals(Optional.of(ReasonCode.SIGNATURE_INVALID), harness.records.events.get(0).denial());
    }

    @Test
    void anUnregisteredHotkeyIsRefused() {
        assertEquals(ReasonCode.HOTKEY_NOT_REGISTERED, refusal(signed(STRANGER, MINER_COLDKEY, harness.now())));
    }

    @Test
    void theSameSignedRequestIsRefusedTheSecondTimeButASecondSignatureIsAccepted() {
        var command = signed(MINER, MINER_COLDKEY, harness.now());
        harness.minerFolders().issue(command);
        assertEquals(ReasonCode.REPLAYED, refusal(command));
        harness.minerFolders().issue(signed(MINER, MINER_COLDKEY, harness.now()));
        assertEquals(2, harness.records.grants.size());
    }

    @Test
    void theDailyQuotaRefusesWithItsLimitAndTheResetTime() {
        for (int i = 0; i < 3; i++) {
            harness.minerFolders().issue(signed(MINER, MINER_COLDKEY, harness.now()));
        }
        AccessRefused refused = assertThrows(AccessRefused.class,
                () -> harness.minerFolders().issue(signed(MINER, MINER_COLDKEY, harness.now())));
        assertEquals(ReasonCode.DAILY_QUOTA_EXCEEDED, refused.reason());
        assertEquals(OptionalLong.of(3), refused.limit());
        assertEquals(java.time.Instant.parse("2026-11-24T00:00:00Z"), refused.retryAt().orElseThrow());
    }

    @Test
    void aLedgerOutageReturnsNoGrant() {
        harness.records.ledgerDown = true;
        assertEquals(ReasonCode.GRANT_LEDGER_UNAVAILABLE, refusal(signed(MINER, MINER_COLDKEY, harness.now())));
        assertTrue(harness.records.grants.isEmpty());
    }

    @Test
    void aMetagraphOlderThanAllowedRefusesEveryone() {
        harness.clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertEquals(ReasonCode.METAGRAPH_UNAVAILABLE, refusal(signed(MINER, MINER_COLDKEY, harness.now())));
    }

    @Test
    void aRevokedHotkeyIsRefused() {
        harness.records.revoked.add(MINER);
        assertEquals(ReasonCode.HOTKEY_REVOKED, refusal(signed(MINER, MINER_COLDKEY, harness.now())));
    }

    @Test
    void theColdkeyMustOwnTheHotkeyWhenThatCheckIsOn() {
        var strict = new Harness(new AdmissionRules(TimestampWithinWindow.DEPLOYED, ValidatorHasPermitAndStake.ofAlpha(20_000),
                true, Duration.ofHours(1), Duration.ofDays(7)));
        long now = strict.now();
        Coldkey wrong = Coldkey.of(STRANGER.value());
        var envelope = strict.envelope(MINER, "s3:data:access:" + wrong.value() + ":" + MINER.value() + ":" + now, now, "/x");
        AccessRefused refused = assertThrows(AccessRefused.class,
                () -> strict.minerFolders().issue(new IssueMinerFolderGrantCommand(wrong, envelope)));
        assertEquals(ReasonCode.COLDKEY_NOT_OWNER, refused.reason());
        // The deployed behaviour, with the check off: any coldkey the miner signed is accepted.
        var lenientEnvelope = harness.envelope(MINER, "s3:data:access:" + wrong.value() + ":" + MINER.value() + ":" + now, now, "/x");
        harness.minerFolders().issue(new IssueMinerFolderGrantCommand(wrong, lenientEnvelope));
        assertEquals(Role.MINER, harness.records.grants.get(0).role());
    }

    @Test
    void anExplicitExpiryInThePastIsRefused() {
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        var envelope = SignedEnvelope.of(MINER, harness.signatures.sign(MINER.value(), commitment), now, OptionalLong.of(now - 1),
                new RequestOrigin("r", "/get-folder-access", "127.0.0.1"));
        assertEquals(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW, refusal(new IssueMinerFolderGrantCommand(MINER_COLDKEY, envelope)));
    }
}
