package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.operator.HotkeyReview;
import java.util.List;

/** {@code GET /operator/hotkeys/{hotkey}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record HotkeyReviewResponse(String hotkey, boolean revoked, List<GrantView> outstandingGrants, List<GrantView> recentGrants,
        List<AuditView> audit) {

    static HotkeyReviewResponse of(HotkeyReview review) {
        return new HotkeyReviewResponse(review.hotkey().value(), review.revoked(), GrantView.of(review.outstanding()),
                GrantView.of(review.recent()), AuditView.of(review.audit()));
    }
}
