package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.application.port.in.operator.HotkeyReview;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyQuery;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyUseCase;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.RevocationList;
import java.time.Clock;

/** Gathers a hotkey's revocation state, live and recent grants, and audit history for an operator. */
public final class ReviewHotkeyService implements ReviewHotkeyUseCase {

    private final GrantHistory history;
    private final RevocationList revocations;
    private final Clock clock;

    public ReviewHotkeyService(GrantHistory history, RevocationList revocations, Clock clock) {
        this.history = history;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Override
    public HotkeyReview review(ReviewHotkeyQuery query) {
        return new HotkeyReview(query.hotkey(), revocations.isRevoked(query.hotkey()),
                history.outstanding(query.hotkey(), clock.instant()),
                history.recent(query.hotkey(), query.limit()),
                history.auditHistory(query.hotkey(), query.limit()));
    }
}
