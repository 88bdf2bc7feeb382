package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.SweepUnboundedUploadsUseCase;
import io.subnetstorage.auth.application.port.in.UploadSweepReport;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.UnboundedUpload;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what each PUT grant without a size let in (SPEC §7), once its URL has expired: an object under
 * {@code data/} outside the upload size range is deleted; the grant records {@code ok}, {@code absent} or
 * {@code deleted} with the size found. One instance at a time. A store that cannot be asked (down, slowing
 * us down, out of credit) or is no longer configured leaves its grants unchecked for a later run.
 */
public final class SweepUnboundedUploadsService implements SweepUnboundedUploadsUseCase {

    static final String JOB = "unbounded-upload-sweep";
    static final int BATCH = 100;
    /** Bounds how long one run holds the job (and delays shutdown); the next run goes on. */
    static final int MAX_PER_RUN = 10_000;
    /**
     * A store checks a PUT's signature when the request starts, so an upload begun just before the URL expired
     * may still be arriving after it (and HEAD would miss it): it is checked once it has had time to finish.
     */
    static final Duration SETTLE = Duration.ofHours(1);
    /** Only miners' data: the service's own objects elsewhere are not the miner's to size. */
    static final FolderPrefix DATA = new FolderPrefix("data/");

    private final UnboundedUploads uploads;
    private final ExclusiveJobs jobs;
    private final StoreRegistry stores;
    private final UploadRules rules;
    private final Clock clock;

    public SweepUnboundedUploadsService(UnboundedUploads uploads, ExclusiveJobs jobs, StoreRegistry stores, UploadRules rules,
            Clock clock) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.stores = stores;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Optional<UploadSweepReport> run() {
        return jobs.callIfFree(JOB, this::sweep);
    }

    private UploadSweepReport sweep() {
        Instant expiredBefore = clock.instant().minus(SETTLE);
        Map<StoreKind, ObjectIo> askable = new EnumMap<>(StoreKind.class);
        stores.all().forEach(store -> store.objectIo().ifPresent(io -> askable.put(store.descriptor().kind(), io)));
        Tally tally = new Tally();
        Optional<UnboundedUpload> after = Optional.empty();
        int examined = 0;
        while (!askable.isEmpty() && examined < MAX_PER_RUN) {
            // A cursor rather than "the first unchecked again": grants left unchecked must not stop the run.
            List<UnboundedUpload> due = uploads.due(askable.keySet(), DATA, expiredBefore, after, BATCH);
            for (UnboundedUpload upload : due) {
                Optional<SizeCheck> check = check(upload, askable);
                check.ifPresent(found -> uploads.record(upload, found));
                tally.count(check);
            }
            examined += due.size();
            if (due.size() < BATCH) {
                break;
            }
            after = Optional.of(due.get(due.size() - 1));
        }
        return tally.report();
    }

    /** The outcome, or empty when the store could not be asked this time. */
    private Optional<SizeCheck> check(UnboundedUpload upload, Map<StoreKind, ObjectIo> askable) {
        ObjectIo io = askable.get(upload.store());
        if (io == null) {
            return Optional.empty();
        }
        try {
            Optional<ObjectInfo> found = io.head(upload.bucket(), upload.key());
            if (found.isEmpty()) {
                return Optional.of(SizeCheck.absent(clock.instant()));
            }
            long size = found.get().size();
            if (rules.sizes().allows(size)) {
                return Optional.of(SizeCheck.ok(size, clock.instant()));
            }
            io.delete(upload.bucket(), upload.key());
            return Optional.of(SizeCheck.deleted(size, clock.instant()));
        } catch (DependencyUnavailable unreachable) {
            // Down or asking us to slow down: none of its grants this run.
            askable.remove(upload.store());
        } catch (StoreRefused refused) {
            if (refused.reason() == StoreRefused.Reason.NO_CREDIT) {
                askable.remove(upload.store());
            }
            // Any other refusal is about this key: it is tried again next run, the others go on.
        }
        return Optional.empty();
    }

    private static final class Tally {

        private final Map<SizeCheck.Outcome, Integer> outcomes = new EnumMap<>(SizeCheck.Outcome.class);
        private int deferred;

        void count(Optional<SizeCheck> check) {
            check.ifPresentOrElse(found -> outcomes.merge(found.outcome(), 1, Integer::sum), () -> deferred++);
        }

        UploadSweepReport report() {
            return new UploadSweepReport(outcomes.getOrDefault(SizeCheck.Outcome.OK, 0),
                    outcomes.getOrDefault(SizeCheck.Outcome.ABSENT, 0), outcomes.getOrDefault(SizeCheck.Outcome.DELETED, 0), deferred);
        }
    }
}
