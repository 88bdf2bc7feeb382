package io.subnetstorage.auth.application.inprocess;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaLine;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Daily quotas kept in this process: the embedded default, for one instance. Chosen explicitly by
 * configuration, never as a silent fallback for an unreachable Redis.
 */
public final class InProcessQuotaLimiter implements QuotaLimiter {

    private final Map<String, Long> counters = new HashMap<>();
    private UtcDay day;

    @Override
    public synchronized QuotaOutcome consume(QuotaCharge charge, Instant now) {
        rollOver(now);
        for (QuotaLine line : charge.lines()) {
            if (line.exceeds(counters.getOrDefault(key(line.counter(), line.hotkey()), 0L))) {
                return QuotaOutcome.refused(line, day.end());
            }
        }
        charge.lines().forEach(line -> counters.merge(key(line.counter(), line.hotkey()), line.amount(), Long::sum));
        return QuotaOutcome.allowed(day.end());
    }

    @Override
    public synchronized long usage(QuotaCounter counter, Optional<Hotkey> hotkey, Instant now) {
        rollOver(now);
        return counters.getOrDefault(key(counter, hotkey), 0L);
    }

    @Override
    public boolean reachable() {
        return true;
    }

    private static String key(QuotaCounter counter, Optional<Hotkey> hotkey) {
        return counter.label() + hotkey.map(h -> ":" + h.value()).orElse("");
    }

    private void rollOver(Instant now) {
        UtcDay today = UtcDay.containing(now);
        if (!today.equals(day)) {
            day = today;
            counters.clear();
        }
    }
}
