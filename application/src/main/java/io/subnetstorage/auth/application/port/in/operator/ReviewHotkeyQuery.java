package io.subnetstorage.auth.application.port.in.operator;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;

/** One hotkey's state, with at most {@code limit} recent grants and audit events. */
public record ReviewHotkeyQuery(Hotkey hotkey, int limit) {

    public static final int MAX_LIMIT = 1000;

    public ReviewHotkeyQuery {
        Objects.requireNonNull(hotkey, "hotkey");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is from 1 to " + MAX_LIMIT);
        }
    }
}
