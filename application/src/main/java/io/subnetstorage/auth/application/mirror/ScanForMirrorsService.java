package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.in.mirror.MirrorScanReport;
import io.subnetstorage.auth.application.port.in.mirror.ScanForMirrorsUseCase;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import io.subnetstorage.auth.application.port.out.mirror.SourceHistory;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.registration.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The full scan: every miner (the metagraph's, the registered ones, and every miner ever granted an upload) on
 * every source. Once per MIRROR_SCAN_INTERVAL across instances (the start of the last scan is in the database),
 * on one instance at a time. A former upload store whose last grant has expired is drained, and no longer a
 * source, once a scan lists all its folders and finds nothing its targets lack.
 */
public final class ScanForMirrorsService implements ScanForMirrorsUseCase {

    static final String JOB = "mirror-scan";

    private final MirrorTopology topology;
    private final MinerScanner scanner;
    private final MirrorSources sources;
    private final MetagraphSource metagraph;
    private final MinerRegistrations registrations;
    private final ExclusiveJobs jobs;
    private final Duration interval;
    private final Clock clock;

    public ScanForMirrorsService(MirrorTopology topology, MirrorBookkeeping books, MetagraphSource metagraph,
            MinerRegistrations registrations, ExclusiveJobs jobs, Duration interval) {
        this.topology = topology;
        this.scanner = new MinerScanner(topology, books);
        this.sources = books.sources();
        this.metagraph = metagraph;
        this.registrations = registrations;
        this.jobs = jobs;
        this.interval = interval;
        this.clock = books.clock();
    }

    @Override
    public Optional<MirrorScanReport> scanIfDue() {
        return jobs.callIfFree(JOB, () -> {
            Instant start = clock.instant();
            Optional<Instant> last = sources.mark(JOB);
            if (last.isPresent() && start.isBefore(last.get().plus(interval))) {
                return Optional.<MirrorScanReport>empty();
            }
            MirrorScanReport report = scanAll(start);
            sources.setMark(JOB, start);
            return Optional.of(report);
        }).flatMap(report -> report);
    }

    private MirrorScanReport scanAll(Instant start) {
        List<SourceHistory> history = sources.history();
        Map<StoreKind, SourceTally> tallies = new EnumMap<>(StoreKind.class);
        topology.sources(history).forEach(source -> tallies.put(source, new SourceTally()));
        for (Hotkey miner : miners()) {
            scanner.scan(miner, tallies);
        }
        MirrorScanReport report = MirrorScanReport.EMPTY;
        for (Map.Entry<StoreKind, SourceTally> tally : tallies.entrySet()) {
            report = report.plus(tally.getValue().report());
            StoreKind source = tally.getKey();
            boolean grantsOver = history.stream().filter(h -> h.store() == source).allMatch(h -> h.uploadsUntil().isBefore(start));
            if (!topology.currentUploadStore(source) && grantsOver && tally.getValue().drained()) {
                sources.drained(source, clock.instant());
            }
        }
        return report;
    }

    /** Each miner once, however many of the lists name it. */
    private Set<Hotkey> miners() {
        Set<Hotkey> miners = new TreeSet<>(Comparator.comparing(Hotkey::value));
        metagraph.current().ifPresent(snapshot -> snapshot.neurons().stream().map(Neuron::hotkey).forEach(miners::add));
        registrations.active().stream().map(Registration::hotkey).forEach(miners::add);
        miners.addAll(sources.uploaders());
        return miners;
    }
}
