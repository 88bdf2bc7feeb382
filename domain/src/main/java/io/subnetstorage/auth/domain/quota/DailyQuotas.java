package io.subnetstorage.auth.domain.quota;

import io.subnetstorage.auth.domain.grant.Role;

/**
 * Requests allowed per UTC day: per miner hotkey, per validator hotkey (counted apart, unlike the
 * deployed service) and for the whole service.
 */
public record DailyQuotas(long perMiner, long perValidator, long global) {

    public static final DailyQuotas DEFAULTS = new DailyQuotas(20, 10_000, 200_000);

    public DailyQuotas {
        if (perMiner < 1 || perValidator < 1 || global < 1) {
            throw new IllegalArgumentException("every daily quota allows at least one request");
        }
    }

    public long perHotkey(Role role) {
        return role == Role.MINER ? perMiner : perValidator;
    }
}
