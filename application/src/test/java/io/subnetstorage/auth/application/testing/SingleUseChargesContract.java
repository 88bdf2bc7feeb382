package io.subnetstorage.auth.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaLine;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SingleUseCharges} must answer: exactly what its store's {@link ReplayGuard} claim followed,
 * on a first use only, by its {@link QuotaLimiter} charge would, sharing their keys and counters. A store's
 * test extends this and hands out the three over one fresh set of counters.
 */
public abstract class SingleUseChargesContract {

    private static final Hotkey MINER = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");

    /** The three views of one store, empty of this test's keys. */
    public record Counters(SingleUseCharges charges, ReplayGuard replays, QuotaLimiter quotas) {
    }

    protected abstract Counters counters();

    private final Instant now = Instant.now();
    private final ReplayClaim.SingleUse claim = new ReplayClaim.SingleUse(
            new ReplayKey("replay:" + UUID.randomUUID().toString().replace("-", "")), now.plus(Duration.ofMinutes(5)));

    @Test
    void aFirstUseIsChargedAndSpendsTheKey() {
        Counters counters = counters();

        Optional<QuotaOutcome> outcome = counters.charges().claimAndCharge(claim, charge(2, 10, 100), now);

        assertTrue(outcome.orElseThrow().decision().allowed(), "charged: " + outcome);
        assertEquals(ReplayVerdict.REPLAYED, counters.replays().claim(claim, now), "the key is spent for the replay guard too");
        assertEquals(2, counters.quotas().usage(QuotaCounter.MINER_FILES, Optional.of(MINER), now));
        assertEquals(1, counters.quotas().globalUsage(now));
    }

    @Test
    void aKeyAlreadyUsedChargesNothing() {
        Counters counters = counters();
        assertEquals(ReplayVerdict.FIRST_USE, counters.replays().claim(claim, now));

        assertEquals(Optional.empty(), counters.charges().claimAndCharge(claim, charge(2, 10, 100), now));
        assertEquals(Optional.empty(), counters.charges().claimAndCharge(claim, charge(2, 10, 100), now));
        assertEquals(0, counters.quotas().usage(QuotaCounter.MINER_FILES, Optional.of(MINER), now));
        assertEquals(0, counters.quotas().globalUsage(now));
    }

    @Test
    void aRefusedChargeSpendsTheKeyAndChargesNoLine() {
        Counters counters = counters();
        QuotaCharge overGlobal = charge(2, 10, 1);
        assertTrue(counters.quotas().consume(new QuotaCharge(List.of(overGlobal.lines().get(1))), now).decision().allowed());

        QuotaOutcome outcome = counters.charges().claimAndCharge(claim, overGlobal, now).orElseThrow();

        assertEquals(Optional.of(overGlobal.lines().get(1)), outcome.refusedBy(), "the global line refused");
        assertEquals(1, outcome.limit());
        assertEquals(ReplayVerdict.REPLAYED, counters.replays().claim(claim, now), "a refused first use is still a use");
        assertEquals(0, counters.quotas().usage(QuotaCounter.MINER_FILES, Optional.of(MINER), now), "all lines or none");
        assertEquals(1, counters.quotas().globalUsage(now));
    }

    @Test
    void ofConcurrentUsesOfOneKeyExactlyOneIsCharged() throws Exception {
        Counters counters = counters();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<QuotaOutcome>>> uses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                uses.add(() -> counters.charges().claimAndCharge(claim, charge(1, 1_000, 1_000), now));
            }
            long charged = 0;
            for (Future<Optional<QuotaOutcome>> use : pool.invokeAll(uses)) {
                charged += use.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, charged);
            assertEquals(1, counters.quotas().usage(QuotaCounter.MINER_FILES, Optional.of(MINER), now));
        } finally {
            pool.shutdownNow();
        }
    }

    private static QuotaCharge charge(long files, long fileLimit, long globalLimit) {
        return new QuotaCharge(List.of(new QuotaLine(QuotaCounter.MINER_FILES, Optional.of(MINER), files, fileLimit),
                new QuotaLine(QuotaCounter.GLOBAL, Optional.empty(), 1, globalLimit)));
    }
}
