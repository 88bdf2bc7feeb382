package io.subnetstorage.auth.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.in.SweepUnboundedUploadsUseCase;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import io.subnetstorage.auth.application.service.SweepUnboundedUploadsService;
import io.subnetstorage.auth.application.service.UploadRules;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.metrics.MeteredUnboundedUploads;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The size check of uploads through URLs without a size (SPEC §7), counted per store as it deletes. */
@Factory
class UploadSweepFactory {

    @Singleton
    SweepUnboundedUploadsUseCase sweepUnboundedUploads(UnboundedUploads uploads, ExclusiveJobs jobs, StoreRegistry stores,
            UploadRules rules, MeterRegistry meters, Clock clock) {
        stores.all().forEach(store -> MeteredUnboundedUploads.deleted(meters, store.descriptor().kind()));
        return new SweepUnboundedUploadsService(new MeteredUnboundedUploads(uploads, meters), jobs, stores, rules, clock);
    }
}
