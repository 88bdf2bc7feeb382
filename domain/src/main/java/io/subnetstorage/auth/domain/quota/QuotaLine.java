package io.subnetstorage.auth.domain.quota;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;
import java.util.Optional;

/** One counter a request charges: which, whose, by how much, and the limit it may not pass. */
public record QuotaLine(QuotaCounter counter, Optional<Hotkey> hotkey, long amount, long limit) {

    public QuotaLine {
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(hotkey, "hotkey");
        if (counter.perHotkey() != hotkey.isPresent()) {
            throw new IllegalArgumentException(counter + (counter.perHotkey() ? " is counted per hotkey" : " is not per hotkey"));
        }
        if (amount < 1 || limit < 1) {
            throw new IllegalArgumentException("a charge and its limit are positive");
        }
    }

    static QuotaLine of(QuotaCounter counter, Hotkey hotkey, long amount, long limit) {
        return new QuotaLine(counter, Optional.of(hotkey), amount, limit);
    }

    static QuotaLine global(long limit) {
        return new QuotaLine(QuotaCounter.GLOBAL, Optional.empty(), 1, limit);
    }

    /** Would charging this on top of {@code used} pass the limit? A batch over the limit is refused whole. */
    public boolean exceeds(long used) {
        return used + amount > limit;
    }
}
