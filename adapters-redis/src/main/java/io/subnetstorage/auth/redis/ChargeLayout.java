package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaLine;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A charge laid out as the quota scripts take it: the day's counters as keys; the milliseconds until they
 * expire, then each line's amount and limit, as arguments. The scripts answer 0 when charged, else the
 * 1-based line that would pass its limit.
 */
final class ChargeLayout {

    /** Counters outlive their day a little, so an instance whose clock lags still finds yesterday's count. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    private final List<QuotaLine> lines;
    private final UtcDay day;
    private final String[] counters;
    private final String[] args;

    private ChargeLayout(List<QuotaLine> lines, UtcDay day, String[] counters, String[] args) {
        this.lines = lines;
        this.day = day;
        this.counters = counters;
        this.args = args;
    }

    static ChargeLayout of(RedisKeys keys, QuotaCharge charge, Instant now) {
        UtcDay day = UtcDay.containing(now);
        List<QuotaLine> lines = charge.lines();
        String[] counters = new String[lines.size()];
        String[] args = new String[1 + 2 * lines.size()];
        args[0] = Long.toString(Duration.between(now, day.end().plus(EXPIRY_MARGIN)).toMillis());
        for (int i = 0; i < lines.size(); i++) {
            QuotaLine line = lines.get(i);
            counters[i] = keys.quota(line.counter(), line.hotkey(), day);
            args[1 + 2 * i] = Long.toString(line.amount());
            args[2 + 2 * i] = Long.toString(line.limit());
        }
        return new ChargeLayout(lines, day, counters, args);
    }

    /** The script's keys: {@code before} (a script's own, such as a replay key), then the counters. */
    String[] keys(String... before) {
        return joined(before, counters);
    }

    /** The script's arguments: {@code before}, then the counters' expiry and each line's amount and limit. */
    String[] args(String... before) {
        return joined(before, args);
    }

    private static String[] joined(String[] before, String[] own) {
        String[] all = new String[before.length + own.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(own, 0, all, before.length, own.length);
        return all;
    }

    QuotaOutcome outcome(long refusedLine) {
        if (refusedLine == 0) {
            return QuotaOutcome.allowed(day.end());
        }
        if (refusedLine < 1 || refusedLine > lines.size()) {
            throw new IllegalStateException("a quota script answered an unknown line " + refusedLine);
        }
        return QuotaOutcome.refused(lines.get((int) refusedLine - 1), day.end());
    }
}
