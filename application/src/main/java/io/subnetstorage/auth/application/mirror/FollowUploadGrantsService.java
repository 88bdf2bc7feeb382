package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.in.mirror.FollowUploadGrantsUseCase;
import io.subnetstorage.auth.application.port.in.mirror.MirrorScanReport;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import io.subnetstorage.auth.application.port.out.mirror.UploadSeen;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scans a miner's folder on the store of each new upload grant, from the grants the ledger recorded since the
 * last run of any instance (the position is in the database; one instance at a time). A grant is followed once
 * it is {@code settle} old, so that what it was for has had time to arrive; the read reaches back
 * {@link #OVERLAP} further, because a grant is committed a little after the time it records. Objects uploaded
 * later are found by the next full scan.
 */
public final class FollowUploadGrantsService implements FollowUploadGrantsUseCase {

    static final String JOB = "mirror-follow";
    static final Duration OVERLAP = Duration.ofSeconds(10);

    private final MirrorTopology topology;
    private final MinerScanner scanner;
    private final MirrorSources sources;
    private final ExclusiveJobs jobs;
    private final Duration settle;
    private final Clock clock;

    public FollowUploadGrantsService(MirrorTopology topology, MirrorBookkeeping books, ExclusiveJobs jobs, Duration settle) {
        this.topology = topology;
        this.scanner = new MinerScanner(topology, books);
        this.sources = books.sources();
        this.jobs = jobs;
        this.settle = settle;
        this.clock = books.clock();
    }

    @Override
    public Optional<MirrorScanReport> follow() {
        return jobs.callIfFree(JOB, this::followNewGrants);
    }

    private MirrorScanReport followNewGrants() {
        Instant until = clock.instant().minus(settle);
        Optional<Instant> mark = sources.mark(JOB);
        if (mark.isEmpty()) {
            // The first run: earlier grants are caught up in one statement, their objects left to the full scan.
            sources.rememberAll(until);
            sources.setMark(JOB, until);
            return MirrorScanReport.EMPTY;
        }
        if (!until.isAfter(mark.get())) {
            return MirrorScanReport.EMPTY;
        }
        List<UploadSeen> uploads = sources.uploadsIssued(mark.get().minus(OVERLAP), until);
        sources.remember(uploads);
        Map<Hotkey, Set<StoreKind>> granted = new LinkedHashMap<>();
        for (UploadSeen upload : uploads) {
            granted.computeIfAbsent(upload.miner(), miner -> EnumSet.noneOf(StoreKind.class)).add(upload.store());
        }
        MirrorScanReport report = scan(granted);
        sources.setMark(JOB, until);
        return report;
    }

    private MirrorScanReport scan(Map<Hotkey, Set<StoreKind>> granted) {
        Set<StoreKind> scannable = topology.sources(sources.history());
        Map<StoreKind, SourceTally> tallies = new EnumMap<>(StoreKind.class);
        granted.forEach((miner, stores) -> {
            Map<StoreKind, SourceTally> own = new EnumMap<>(StoreKind.class);
            stores.stream().filter(scannable::contains).forEach(store -> own.put(store, tallies.computeIfAbsent(store, s -> new SourceTally())));
            if (!own.isEmpty()) {
                scanner.scan(miner, own);
            }
        });
        return tallies.values().stream().map(SourceTally::report).reduce(MirrorScanReport.EMPTY, MirrorScanReport::plus);
    }
}
