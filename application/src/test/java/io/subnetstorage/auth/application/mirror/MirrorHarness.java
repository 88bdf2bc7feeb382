package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorEvents;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.service.MutableClock;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.registration.Registration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The mirror services over in-memory stores and records, a clock tests move, and metagraph miners they name. */
final class MirrorHarness {

    static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    static final Hotkey CHARLIE = Hotkey.of("5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y");
    static final long THRESHOLD = 1024;
    static final Duration SCAN_INTERVAL = Duration.ofMinutes(10);

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    final MemoryMirrorLedger ledger = new MemoryMirrorLedger();
    final MemoryMirrorSources sources = new MemoryMirrorSources();
    final Map<String, AtomicInteger> events = new ConcurrentHashMap<>();
    final List<Hotkey> miners = new ArrayList<>(List.of(ALICE, CHARLIE));
    final MirrorTopology topology;
    final ScanForMirrorsService scan;
    final FollowUploadGrantsService follow;
    final CopyToMirrorService copy;
    final ReportMirrorLagService lag;

    MirrorHarness(StorePhases phases, Path spool, ObjectStore... stores) {
        MirrorBookkeeping books = new MirrorBookkeeping(ledger, sources, clock, new NewWork());
        topology = new MirrorTopology(new StoreRegistry(List.of(stores)), phases);
        scan = new ScanForMirrorsService(topology, books, metagraph(), noRegistrations(), freeJobs(), SCAN_INTERVAL);
        follow = new FollowUploadGrantsService(topology, books, freeJobs(), Duration.ofSeconds(30));
        copy = new CopyToMirrorService(topology, books, new MinerBuckets(), THRESHOLD, recorder(), spool);
        lag = new ReportMirrorLagService(topology, ledger);
    }

    static StorePhases phases(StoreKind upload, StoreKind... mirrors) {
        return new StorePhases(upload, Optional.empty(), 0, upload, java.util.Set.of(mirrors));
    }

    int events(StoreKind mirror, String what) {
        return events.getOrDefault(mirror.label() + ":" + what, new AtomicInteger()).get();
    }

    /** Rounds until the mirror has nothing due now (a paused mirror counts as done). */
    void copyAll(StoreKind mirror) {
        for (int round = 0; round < 1000; round++) {
            var done = copy.copyRound(mirror);
            if (done.claimed() == 0) {
                return;
            }
        }
        throw new AssertionError("the mirror never ran out of work");
    }

    private MirrorEvents recorder() {
        return new MirrorEvents() {
            @Override
            public void copied(StoreKind mirror) {
                events.computeIfAbsent(mirror.label() + ":copied", k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void failed(StoreKind mirror, FailureReason reason) {
                events.computeIfAbsent(mirror.label() + ":" + reason.label(), k -> new AtomicInteger()).incrementAndGet();
            }
        };
    }

    private MetagraphSource metagraph() {
        return new MetagraphSource() {
            @Override
            public Optional<MetagraphSnapshot> current() {
                List<Neuron> neurons = new ArrayList<>();
                for (int uid = 0; uid < miners.size(); uid++) {
                    neurons.add(new Neuron(uid, miners.get(uid), Coldkey.of(miners.get(uid).value()), true, false, 0));
                }
                return Optional.of(new MetagraphSnapshot(46, neurons, 1, clock.instant()));
            }

            @Override
            public MetagraphStatus status() {
                throw new UnsupportedOperationException("not used by the mirrors");
            }
        };
    }

    private static ExclusiveJobs freeJobs() {
        return (job, work) -> {
            work.run();
            return true;
        };
    }

    private static MinerRegistrations noRegistrations() {
        return (MinerRegistrations) java.lang.reflect.Proxy.newProxyInstance(MirrorHarness.class.getClassLoader(),
                new Class<?>[] {MinerRegistrations.class}, (proxy, method, args) -> {
                    if (method.getName().equals("active")) {
                        return List.<Registration>of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
