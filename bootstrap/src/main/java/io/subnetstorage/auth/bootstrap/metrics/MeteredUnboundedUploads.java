package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.UnboundedUpload;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Counts {@code ssa_oversize_uploads_deleted_total{store}}: objects an upload URL without a size let in that
 * were outside the size range and deleted by the service, once the ledger has the deletion on record.
 */
public final class MeteredUnboundedUploads implements UnboundedUploads {

    private final UnboundedUploads delegate;
    private final MeterRegistry meters;

    public MeteredUnboundedUploads(UnboundedUploads delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public List<UnboundedUpload> due(Set<StoreKind> stores, FolderPrefix under, Instant expiredBefore, Optional<UnboundedUpload> after,
            int limit) {
        return delegate.due(stores, under, expiredBefore, after, limit);
    }

    @Override
    public void record(UnboundedUpload upload, SizeCheck check) {
        delegate.record(upload, check);
        if (check.outcome() == SizeCheck.Outcome.DELETED) {
            deleted(meters, upload.store()).increment();
        }
    }

    /** Registered for every configured store at start, so the series exists (at 0) before the first deletion. */
    public static Counter deleted(MeterRegistry meters, StoreKind store) {
        return Counter.builder("ssa.oversize.uploads.deleted")
                .description("Objects uploaded through a URL without a size that were outside 1 KiB-5 GiB and deleted")
                .tag("store", store.label()).register(meters);
    }
}
