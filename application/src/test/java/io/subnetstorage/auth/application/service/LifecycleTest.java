package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static io.subnetstorage.auth.application.service.Harness.STRANGER;
import static io.subnetstorage.auth.application.service.Harness.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.DeregisterMinerCommand;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.RegisterMinerCommand;
import io.subnetstorage.auth.application.port.out.SnapshotSizes;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** SPEC §8's lifecycle: register, deregister (miner or owner), uploads refused after it, metagraph absence, cleanup. */
class LifecycleTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private final Harness harness = new Harness();
    private final List<int[]> sizes = new ArrayList<>();
    private final SnapshotSizes history = new SnapshotSizes() {
        @Override
        public void recordAccepted(int netuid, int neurons, Instant at) {
            sizes.add(new int[] {neurons});
        }

        @Override
        public OptionalInt sizeAt(int netuid, Instant at) {
            return sizes.isEmpty() ? OptionalInt.empty() : OptionalInt.of(sizes.get(0)[0]);
        }
    };

    private RegisterMinerService registering() {
        return new RegisterMinerService(harness.gate, harness.router(), harness.registrations, new MinerBuckets());
    }

    private DeregisterMinerService deregistering() {
        return new DeregisterMinerService(harness.gate, harness.registrations, Optional.of(VALIDATOR), RETENTION);
    }

    private RegisterMinerCommand register() {
        long now = harness.now();
        return new RegisterMinerCommand(MINER_COLDKEY, harness.envelope(MINER,
                "s3:miner:register:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now, now, "/register-miner"));
    }

    private DeregisterMinerCommand deregister(Hotkey signer) {
        long now = harness.now();
        return new DeregisterMinerCommand(harness.envelope(signer, "s3:miner:deregister:" + MINER.value() + ":" + now, now,
                "/deregister-miner"), MINER, Optional.empty());
    }

    private ReasonCode refusal(Runnable call) {
        return assertThrows(AccessRefused.class, call::run).reason();
    }

    @Test
    void aMinerRegistersOnceDeregistersAndMayRegisterAgain() {
        assertEquals(RegistrationStatus.REGISTERED, registering().register(register()).registration().status());
        assertEquals(ReasonCode.MINER_ALREADY_REGISTERED, refusal(() -> registering().register(register())));
        var gone = deregistering().deregister(deregister(MINER));
        assertEquals(harness.clock.instant().plus(RETENTION), gone.cleanupAt());
        assertEquals(RegistrationStatus.REGISTERED, registering().register(register()).registration().status());
        assertTrue(harness.registrations.find(MINER).cleanupAt().isEmpty(), "re-registration cancels the cleanup");
    }

    @Test
    void onlyTheMinerOrTheOwnerDeregistersAndOnlyARegisteredMiner() {
        assertEquals(ReasonCode.MINER_NOT_FOUND, refusal(() -> deregistering().deregister(deregister(MINER))));
        registering().register(register());
        assertEquals(ReasonCode.NOT_MINER_OR_OWNER, refusal(() -> deregistering().deregister(deregister(STRANGER))));
        deregistering().deregister(deregister(VALIDATOR));
        assertEquals(RegistrationStatus.DEREGISTERED, harness.registrations.find(MINER).status());
    }

    @Test
    void aDeregisteredMinerGetsNoUploadGrant() {
        registering().register(register());
        deregistering().deregister(deregister(MINER));
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        var request = new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"));
        assertEquals(ReasonCode.MINER_DEREGISTERED, refusal(() -> harness.minerFolders().issue(request)));
    }

    @Test
    void suspiciousSnapshotsChangeNoRegistrationAndAbsenceIsCancelledByReturn() {
        registering().register(register());
        var follow = new FollowMetagraphService(harness.registrations, history, 46, RETENTION, harness.clock);
        List<Neuron> everyone = List.copyOf(harness.records.snapshot.neurons());
        List<Neuron> withoutMiner = everyone.stream().filter(n -> !n.hotkey().equals(MINER)).toList();
        assertTrue(follow.follow(snapshot(46, everyone)));
        assertFalse(follow.follow(snapshot(46, List.of())), "empty");
        assertFalse(follow.follow(snapshot(47, withoutMiner)), "another subnet");
        assertFalse(follow.follow(snapshot(46, withoutMiner)), "a third gone at once is over 10 %");
        assertTrue(harness.registrations.find(MINER).cleanupAt().isEmpty());

        sizes.clear();
        assertTrue(follow.follow(snapshot(46, withoutMiner)));
        assertEquals(Optional.of(harness.clock.instant().plus(RETENTION)), harness.registrations.find(MINER).cleanupAt());
        assertTrue(follow.follow(snapshot(46, everyone)));
        assertTrue(harness.registrations.find(MINER).cleanupAt().isEmpty(), "back on the metagraph");
    }

    @Test
    void theCleanupArchivesDueRegistrationsAndDeletesDataOnlyWhenConfigured() {
        registering().register(register());
        deregistering().deregister(deregister(MINER));
        String own = "data/hotkey=" + MINER.value() + "/job_id=1/a.parquet";
        String sidecar = "attribution/hotkey=" + MINER.value() + "/job_id=1/a.parquet.json";
        String other = "data/hotkey=" + STRANGER.value() + "/job_id=1/b.parquet";
        harness.store.keys.addAll(List.of(own, sidecar, other));
        var keeping = new CleanupDepartedMinersService(harness.registrations, (job, work) -> {
            work.run();
            return true;
        }, harness.router(), new MinerBuckets(), false, harness.clock);
        assertEquals(0, keeping.run().orElseThrow().archived(), "not due yet");
        harness.clock.advance(RETENTION);
        assertEquals(1, keeping.run().orElseThrow().archived());
        assertEquals(RegistrationStatus.ARCHIVED, harness.registrations.find(MINER).status());
        assertTrue(harness.store.keys.contains(own), "data kept without DELETE_DATA_ON_CLEANUP");

        harness.records.snapshot = snapshot(46, List.copyOf(harness.records.snapshot.neurons()));
        registering().register(register());
        deregistering().deregister(deregister(MINER));
        harness.clock.advance(RETENTION);
        var deleting = new CleanupDepartedMinersService(harness.registrations, (job, work) -> {
            work.run();
            return true;
        }, harness.router(), new MinerBuckets(), true, harness.clock);
        assertEquals(2, deleting.run().orElseThrow().objectsDeleted());
        assertEquals(List.of(other), List.copyOf(harness.store.keys));
        assertEquals(0, deleting.run().orElseThrow().archived(), "idempotent");
        assertTrue(new CleanupDepartedMinersService(harness.registrations, (job, work) -> false, harness.router(), new MinerBuckets(),
                true, harness.clock).run().isEmpty(), "another instance holds the job");
    }

    private MetagraphSnapshot snapshot(int netuid, List<Neuron> neurons) {
        return new MetagraphSnapshot(netuid, neurons, 100, harness.clock.instant());
    }
}
