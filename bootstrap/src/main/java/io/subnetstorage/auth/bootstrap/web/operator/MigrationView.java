package io.subnetstorage.auth.bootstrap.web.operator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.migration.MigrationProgress;
import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.List;

/**
 * {@code GET /operator/migrations/{id}} (SPEC §11): state and counts, the rate of the current run and the seconds
 * left at it ({@code null} while unknown); {@code reason} says why it is paused or failed ({@code no_credit}, ...).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record MigrationView(String id, String from, String to, Object miners, String state, String reason, boolean dryRun, int batchSize,
        String verify, long objectsTotal, long copied, long verified, long failed, long skipped, long bytesCopied, double rateObjectsPerS,
        Long etaSeconds, String createdAt) {

    static MigrationView of(MigrationProgress progress) {
        Migration m = progress.migration();
        MigrationCounts c = progress.counts();
        Object miners = m.miners().<Object>map(list -> list.stream().map(Hotkey::value).toList()).orElse("all");
        return new MigrationView(m.id().toString(), m.from().label(), m.to().label(), miners, m.state().label(), m.reason().orElse(null),
                m.dryRun(), m.batchSize(), m.verify().label(), c.total(), c.copied(), c.verified(), c.failed(), c.skipped(), c.bytesCopied(),
                Math.round(progress.objectsPerSecond() * 100) / 100.0, progress.etaSeconds().isPresent() ? progress.etaSeconds().getAsLong() : null,
                m.createdAt().toString());
    }

    /** {@code GET /operator/migrations}: the newest first; none is {@code "migrations": []}, not a missing field. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Listing(List<MigrationView> migrations) {
    }

    /** {@code POST /operator/migrations}. */
    @Serdeable
    record Started(String id) {
    }
}
