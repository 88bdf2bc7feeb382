package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.MembershipHistory;
import io.subnetstorage.auth.application.port.out.MinerRegistry;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.NonceUse;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Attribution nonces are single-use for good, with the one exception of SPEC §9; membership stretches follow snapshots. */
class AttributionRecordsTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final AttributionRecords records = DB.bean(AttributionRecords.class);

    private static Signature randomSignature() {
        byte[] bytes = new byte[64];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Signature.of(bytes);
    }

    private static SignedAttribution claim(Hotkey miner, String file, String nonce) {
        return new SignedAttribution(new Attribution(miner, new ObjectKey(FolderPrefix.ofMiner(miner).value() + file), "ab".repeat(32), 2048,
                1_767_225_600, new Nonce(nonce)), randomSignature());
    }

    private static AttributionReceipt receipt(SignedAttribution claim, String etag, long at) {
        return new AttributionReceipt(claim.message(), claim.signature(), etag, at, "5service", randomSignature());
    }

    @Test
    void anUploadBoundClaimIsRegisteredOnceAndThenItsNonceIsSpent() {
        Hotkey miner = Fixtures.hotkey();
        String nonce = "0a".repeat(16);
        SignedAttribution bound = claim(miner, "job_id=1/a:b", nonce);
        assertTrue(records.bindAtUpload(bound, "hippius", Fixtures.now()));
        assertFalse(records.bindAtUpload(claim(miner, "job_id=1/c", nonce), "hippius", Fixtures.now()), "one nonce, one upload");
        assertEquals(Optional.of(new NonceUse(bound.message(), bound.signature(), false)), records.nonceUse(miner, new Nonce(nonce)));

        SignedAttribution other = claim(miner, "job_id=1/a:b", nonce);
        assertFalse(records.register(other, receipt(other, "e1", 10), "hippius", Fixtures.now()), "same message, another signature");
        assertTrue(records.register(bound, receipt(bound, "e1", 10), "hippius", Fixtures.now()));
        assertTrue(records.register(bound, receipt(bound, "e2", 11), "hippius", Fixtures.now()), "unsettled: may be presented again");
        records.sidecarWritten(miner, new Nonce(nonce));
        assertFalse(records.register(bound, receipt(bound, "e3", 12), "hippius", Fixtures.now()), "settled: spent");

        var found = records.latestRegistered(miner, List.of(bound.attribution().file(), new ObjectKey("data/hotkey=x/none")));
        assertEquals(1, found.size());
        var registered = found.get(bound.attribution().file());
        assertEquals(receipt(bound, "e2", 11).signedText(), registered.receipt().signedText());
        assertEquals("hippius", registered.store());
        assertTrue(registered.boundAtUpload());
        assertEquals(bound, registered.claim());
    }

    @Test
    void theNewestReceiptOfAFileIsTheOneVerified() {
        Hotkey miner = Fixtures.hotkey();
        SignedAttribution first = claim(miner, "job_id=2/f", "1b".repeat(16));
        SignedAttribution second = claim(miner, "job_id=2/f", "2c".repeat(16));
        assertTrue(records.register(first, receipt(first, "old", 100), "s3", Fixtures.now()));
        assertTrue(records.register(second, receipt(second, "new", 200), "s3", Fixtures.now()));
        var registered = records.latestRegistered(miner, List.of(first.attribution().file())).get(first.attribution().file());
        assertEquals("new", registered.receipt().etag());
        assertFalse(registered.boundAtUpload());
    }

    @Test
    void membershipStretchesOpenAndCloseWithTheSnapshots() {
        MinerRegistry registry = DB.bean(MinerRegistry.class);
        MembershipHistory history = DB.bean(MembershipHistory.class);
        Hotkey miner = Fixtures.hotkey();
        Hotkey other = Fixtures.hotkey();
        Instant t0 = Fixtures.now();
        registry.reconcile(snapshot(List.of(miner, other), t0), t0);
        registry.reconcile(snapshot(List.of(miner, other), t0.plusSeconds(300)), t0.plusSeconds(300));
        registry.reconcile(snapshot(List.of(other), t0.plusSeconds(600)), t0.plusSeconds(600));
        registry.reconcile(snapshot(List.of(miner, other), t0.plusSeconds(900)), t0.plusSeconds(900));

        var intervals = history.intervalsOf(miner);
        assertEquals(2, intervals.intervals().size());
        assertTrue(intervals.coversSecond(t0.getEpochSecond() + 400));
        assertFalse(intervals.coversSecond(t0.getEpochSecond() + 700), "absent between the third and fourth snapshot");
        assertTrue(intervals.coversSecond(t0.getEpochSecond() + 86_400), "present again and still");
        assertFalse(intervals.coversSecond(t0.getEpochSecond() - 1));
        assertEquals(1, history.intervalsOf(other).intervals().size());
        assertTrue(history.intervalsOf(Fixtures.hotkey()).intervals().isEmpty());
    }

    private static MetagraphSnapshot snapshot(List<Hotkey> hotkeys, Instant at) {
        return new MetagraphSnapshot(46, hotkeys.stream().map(h -> Fixtures.neuron(hotkeys.indexOf(h), h)).toList(), 1_000, at);
    }
}
