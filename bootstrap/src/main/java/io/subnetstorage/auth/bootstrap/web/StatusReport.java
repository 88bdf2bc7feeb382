package io.subnetstorage.auth.bootstrap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.bootstrap.health.NotReady;
import io.subnetstorage.auth.bootstrap.metrics.RecentActivity;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /status.json}, what the status page shows besides {@code /healthcheck}: readiness, the metagraph, this
 * instance's grants and refusals of the last hour, the migrations' progress (no id, no hotkey: the detail is the
 * operator's, with the admin token), and which operator views exist in this version. Empty lists and
 * maps and nulls are written too, so the page (and any script) finds every field every time.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record StatusReport(String generatedAt, boolean ready, List<NotReady> notReady, Metagraph metagraph, String rateLimiter,
        Activity activity, List<Migration> migrations, OperatorViews operatorViews) {

    /** {@code age_seconds} is null before the first snapshot; {@code validators} may ask for validator access now. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Metagraph(String source, int netuid, int neurons, int validators, @Nullable Long ageSeconds, long maxAgeSeconds,
            boolean degraded, @Nullable String lastSync, @Nullable String lastError) {
    }

    /** Buckets oldest first; the last one is the current, partial one. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Activity(long bucketSeconds, List<Bucket> buckets) {

        static Activity of(List<RecentActivity.Bucket> buckets) {
            return new Activity(RecentActivity.BUCKET.toSeconds(), buckets.stream()
                    .map(bucket -> new Bucket(bucket.start().toString(), bucket.grants(), bucket.refusals())).toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Bucket(String start, Map<String, Long> grants, Map<String, Long> refusals) {
    }

    /** A migration's progress: objects settled ({@code done}) of {@code objects_total}, and seconds left when known. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Migration(String from, String to, String state, @Nullable String reason, boolean dryRun, long objectsTotal, long done,
            long failed, @Nullable Long etaSeconds) {

        static Migration of(io.subnetstorage.auth.application.port.in.migration.MigrationProgress progress) {
            var migration = progress.migration();
            var counts = progress.counts();
            return new Migration(migration.from().label(), migration.to().label(), migration.state().label(), migration.reason().orElse(null),
                    migration.dryRun(), counts.total(), counts.done(), counts.failed(),
                    progress.etaSeconds().isPresent() ? progress.etaSeconds().getAsLong() : null);
        }
    }

    /** Whether {@code GET /operator/migrations} exists in this build: the page reads it only then. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OperatorViews(boolean migrations) {
    }
}
