package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import java.time.Duration;
import java.util.Objects;

/**
 * The configurable parts of admission: the freshness window, the validator stake threshold, whether a
 * miner's coldkey must own its hotkey, how old a metagraph may be, and how long any grant may live (a
 * presigned URL cannot be revoked, so this cap is what revocation can rely on). Nothing here fails open: quotas
 * and replay keys share one store, and replay protection must never be skipped while it is down.
 */
public record AdmissionRules(
        TimestampWithinWindow window,
        ValidatorHasPermitAndStake validatorRule,
        boolean checkColdkeyOwner,
        Duration maxMetagraphAge,
        Duration maxGrantLifetime,
        DailyQuotas quotas) {

    public AdmissionRules {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(validatorRule, "validatorRule");
        Objects.requireNonNull(maxMetagraphAge, "maxMetagraphAge");
        Objects.requireNonNull(maxGrantLifetime, "maxGrantLifetime");
        Objects.requireNonNull(quotas, "quotas");
        if (maxGrantLifetime.isNegative() || maxGrantLifetime.isZero()) {
            throw new IllegalArgumentException("the maximum grant lifetime is positive");
        }
    }

    public static AdmissionRules deployed() {
        return new AdmissionRules(TimestampWithinWindow.DEPLOYED, ValidatorHasPermitAndStake.ofAlpha(20_000),
                false, Duration.ofHours(1), Duration.ofDays(7), DailyQuotas.DEFAULTS);
    }

    public AdmissionRules withQuotas(DailyQuotas replacement) {
        return new AdmissionRules(window, validatorRule, checkColdkeyOwner, maxMetagraphAge, maxGrantLifetime, replacement);
    }
}
