package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.port.out.migration.MigrationObject;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.mirror.Discovery;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationLedgerTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final MigrationLedger ledger = DB.bean(MigrationLedger.class);

    private Migration started(Optional<List<Hotkey>> miners) {
        Migration migration = new Migration(MigrationId.random(), StoreKind.S3, StoreKind.HIPPIUS, miners, false, 2, Verification.ETAG,
                MigrationState.QUEUED, Optional.empty(), false, Fixtures.now(), Optional.empty(), 0);
        ledger.create(migration);
        return migration;
    }

    private static List<MigrationObject> objects(Hotkey miner, int count) {
        List<MigrationObject> objects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            objects.add(MigrationObject.listed(new ObjectKey("data/hotkey=" + miner + "/job_id=1/f" + i), miner, 1024 + i, "etag" + i));
        }
        return objects;
    }

    private static ObjectOutcome outcome(MigrationObject object, ObjectState state, boolean created) {
        return new ObjectOutcome(object.key(), object.size(), object.sourceEtag(), Optional.of("a".repeat(64)), Optional.of("dest"), state,
                created, state == ObjectState.FAILED ? Optional.of("conflict: other bytes") : Optional.empty());
    }

    @Test
    void aMigrationIsKeptWithItsMinersAndMovesOnlyFromTheStatesGiven() {
        Hotkey miner = Fixtures.hotkey();
        Migration migration = started(Optional.of(List.of(miner)));
        Migration read = ledger.find(migration.id()).orElseThrow();
        assertEquals(Optional.of(List.of(miner)), read.miners());
        assertEquals(MigrationState.QUEUED, read.state());
        assertTrue(ledger.runnable().contains(migration.id()));

        assertFalse(ledger.transition(migration.id(), List.of(MigrationState.PAUSED), MigrationState.QUEUED, Optional.empty(), Fixtures.now()));
        assertTrue(ledger.transition(migration.id(), List.of(MigrationState.QUEUED), MigrationState.PAUSED, Optional.of("no_credit"), Fixtures.now()));
        Migration paused = ledger.find(migration.id()).orElseThrow();
        assertEquals(MigrationState.PAUSED, paused.state());
        assertEquals(Optional.of("no_credit"), paused.reason());
        assertFalse(ledger.runnable().contains(migration.id()));
        assertTrue(ledger.all().stream().anyMatch(m -> m.id().equals(migration.id())));
        assertTrue(started(Optional.empty()).miners().isEmpty());
    }

    @Test
    void batchesGoInFlightAndSettleAndTheCountsAndReportFollow() {
        Hotkey miner = Fixtures.hotkey();
        Migration migration = started(Optional.empty());
        List<MigrationObject> listed = objects(miner, 3);
        ledger.add(migration.id(), listed);
        ledger.add(migration.id(), listed.subList(0, 1)); // listed again after a crash: not doubled
        ledger.markListed(migration.id());
        assertTrue(ledger.find(migration.id()).orElseThrow().listed());

        List<MigrationObject> batch = ledger.open(migration.id(), 2);
        assertEquals(listed.subList(0, 2).stream().map(MigrationObject::key).toList(), batch.stream().map(MigrationObject::key).toList());
        ledger.markInFlight(migration.id(), batch.stream().map(MigrationObject::key).toList());
        assertEquals(ObjectState.IN_FLIGHT, ledger.open(migration.id(), 1).get(0).state(), "what a crash would leave");

        ledger.settle(migration.id(), List.of(outcome(batch.get(0), ObjectState.VERIFIED, true)), List.of(batch.get(1).key()));
        List<MigrationObject> open = ledger.open(migration.id(), 10);
        assertEquals(2, open.size());
        assertEquals(ObjectState.PENDING, open.get(0).state(), "untried goes back to pending");

        ledger.settle(migration.id(), List.of(outcome(open.get(0), ObjectState.FAILED, false), outcome(open.get(1), ObjectState.SKIPPED, false)),
                List.of());
        assertEquals(new MigrationCounts(3, 1, 1, 1, 1, 1024, 3), ledger.counts(migration.id()));
        List<ObjectOutcome> report = new ArrayList<>();
        ledger.report(migration.id(), report::add);
        assertEquals(List.of(ObjectState.VERIFIED, ObjectState.FAILED, ObjectState.SKIPPED), report.stream().map(ObjectOutcome::state).toList());
        assertEquals(Optional.of("conflict: other bytes"), report.get(1).error());
        assertTrue(ledger.open(migration.id(), 10).isEmpty());
    }

    @Test
    void aRollbackMarksWhatItDeletedAndTheMirrorStateIsNoLongerVerified() {
        Hotkey miner = Fixtures.hotkey();
        Migration migration = started(Optional.of(List.of(miner)));
        List<MigrationObject> listed = objects(miner, 2);
        ledger.add(migration.id(), listed);
        ledger.settle(migration.id(), List.of(outcome(listed.get(0), ObjectState.VERIFIED, true), outcome(listed.get(1), ObjectState.SKIPPED, false)),
                List.of());
        MirrorLedger mirrors = DB.bean(MirrorLedger.class);
        ObjectVersion version = new ObjectVersion(listed.get(0).size(), listed.get(0).sourceEtag());
        mirrors.record(List.of(new Discovery(StoreKind.HIPPIUS, listed.get(0).key(), miner, StoreKind.S3, version)), Fixtures.now());
        var claimed = mirrors.claim(StoreKind.HIPPIUS, 1, Fixtures.now(), Duration.ofMinutes(1)).get(0);
        mirrors.settle(claimed, Settlement.verified(version, Optional.empty()), Fixtures.now());

        List<MigrationObject> created = ledger.created(migration.id(), Optional.empty(), 10);
        assertEquals(List.of(listed.get(0).key()), created.stream().map(MigrationObject::key).toList(), "only what it wrote");
        ledger.settleRollback(migration.id(), List.of(listed.get(0).key()), List.of());

        assertTrue(ledger.created(migration.id(), Optional.empty(), 10).isEmpty());
        assertTrue(mirrors.tracked(miner).stream().noneMatch(row -> row.state() == MirrorState.VERIFIED), mirrors.tracked(miner).toString());
        List<ObjectOutcome> report = new ArrayList<>();
        ledger.report(migration.id(), report::add);
        assertEquals(ObjectState.ROLLED_BACK, report.get(0).state());
    }
}
