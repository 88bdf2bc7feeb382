package io.subnetstorage.auth.application.inprocess;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Daily quotas kept in this process: the embedded default, for one instance. Chosen explicitly by
 * configuration, never as a silent fallback for an unreachable Redis.
 */
public final class InProcessQuotaLimiter implements QuotaLimiter {

    private final DailyQuotas quotas;
    private final Map<String, Long> counters = new HashMap<>();
    private UtcDay day;
    private long global;

    public InProcessQuotaLimiter(DailyQuotas quotas) {
        this.quotas = quotas;
    }

    @Override
    public synchronized QuotaOutcome consume(Role role, Hotkey hotkey, Instant now) {
        rollOver(now);
        String key = role + ":" + hotkey.value();
        long used = counters.getOrDefault(key, 0L);
        long limit = quotas.perHotkey(role);
        if (used >= limit) {
            return QuotaOutcome.hotkeyExceeded(limit, day.end());
        }
        if (global >= quotas.global()) {
            return QuotaOutcome.globalExceeded(quotas.global(), day.end());
        }
        counters.put(key, used + 1);
        global++;
        return QuotaOutcome.allowed(limit, day.end());
    }

    @Override
    public synchronized long globalUsage(Instant now) {
        rollOver(now);
        return global;
    }

    @Override
    public boolean reachable() {
        return true;
    }

    private void rollOver(Instant now) {
        UtcDay today = UtcDay.containing(now);
        if (!today.equals(day)) {
            day = today;
            counters.clear();
            global = 0;
        }
    }
}
