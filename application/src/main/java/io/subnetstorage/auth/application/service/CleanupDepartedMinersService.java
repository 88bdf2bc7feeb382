package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.CleanupDepartedMinersUseCase;
import io.subnetstorage.auth.application.port.in.CleanupReport;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Archives the registrations whose cleanup is due and, only with {@code DELETE_DATA_ON_CLEANUP=true}, deletes
 * the miner's objects (and its own bucket, with per-miner buckets) from the phase's upload stores. One
 * instance at a time; idempotent: a run that stopped halfway is finished by the next.
 */
public final class CleanupDepartedMinersService implements CleanupDepartedMinersUseCase {

    static final String JOB = "miner-cleanup";
    static final int BATCH = 100;
    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(30);

    private final MinerRegistrations registrations;
    private final ExclusiveJobs jobs;
    private final StoreRouter router;
    private final MinerBuckets buckets;
    private final boolean deleteData;
    private final Clock clock;

    public CleanupDepartedMinersService(MinerRegistrations registrations, ExclusiveJobs jobs, StoreRouter router, MinerBuckets buckets,
            boolean deleteData, Clock clock) {
        this.registrations = registrations;
        this.jobs = jobs;
        this.router = router;
        this.buckets = buckets;
        this.deleteData = deleteData;
        this.clock = clock;
    }

    @Override
    public Optional<CleanupReport> run() {
        AtomicReference<CleanupReport> report = new AtomicReference<>();
        boolean ran = jobs.runIfFree(JOB, () -> report.set(cleanUpDue()));
        return ran ? Optional.of(report.get()) : Optional.empty();
    }

    private CleanupReport cleanUpDue() {
        Instant now = clock.instant();
        AtomicLong deleted = new AtomicLong();
        int archived = 0;
        List<Registration> due;
        do {
            due = registrations.dueForCleanup(now, BATCH);
            for (Registration registration : due) {
                if (deleteData) {
                    deleted.addAndGet(deleteData(registration.hotkey()));
                }
                registrations.archive(registration.hotkey(), now);
                archived++;
            }
        } while (due.size() == BATCH);
        return new CleanupReport(archived, deleted.get());
    }

    private long deleteData(Hotkey miner) {
        long deleted = 0;
        for (ObjectStore store : router.stores().all()) {
            // Only the upload stores (SPEC §8): mirrors and stores left behind by a migration keep their copies.
            if (!router.phases().uploadStores().contains(store.descriptor().kind()) || store.objectIo().isEmpty()
                    || store.listings().isEmpty()) {
                continue;
            }
            Route route = new Route(store, store.layout().minerFolder(miner));
            BucketName bucket = route.location().bucket();
            if (store.buckets().isPresent()) {
                // The miner's own bucket: everything in it is the miner's, sidecars included; then the bucket goes.
                deleted += deleteUnder(store, bucket, new FolderPrefix(""));
                store.buckets().get().delete(bucket);
                buckets.forget(route);
            } else {
                deleted += deleteUnder(store, bucket, route.location().folder());
                deleted += deleteUnder(store, bucket, new FolderPrefix("attribution/hotkey=" + miner.value() + "/"));
            }
        }
        return deleted;
    }

    private static long deleteUnder(ObjectStore store, BucketName bucket, FolderPrefix prefix) {
        long deleted = 0;
        ListPage page;
        do {
            // Deleting while listing moves the listing on: always list from the start what is left.
            page = store.listings().orElseThrow().list(bucket, ListQuery.of(prefix), LIST_TIMEOUT);
            for (StoredObject object : page.objects()) {
                store.objectIo().orElseThrow().delete(bucket, object.key());
                deleted++;
            }
        } while (!page.objects().isEmpty() && page.nextContinuationToken().isPresent());
        return deleted;
    }
}
