package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A grant costs one replay claim and one quota check: two commands, so two round trips; one, where nothing is
 * checked between them and the two are one script.
 */
class RoundTripTest {

    @Test
    void aGrantNeedsTwoRoundTripsOnceTheScriptIsLoadedAndOneWhenBothAreOneScript() {
        TestRedis.requireShared();
        List<String> sent = new CopyOnWriteArrayList<>();
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                sent.add(event.getCommand().getType().toString());
            }
        };
        RedisSettings settings = TestRedis.settings(TestRedis.sharedUrl(), TestRedis.uniquePrefix());
        try (RedisStores stores = RedisStores.connect(settings, List.of(recorder))) {
            Instant now = Instant.now();
            TestRedis.grant(stores, DailyQuotas.DEFAULTS, Role.MINER, TestRedis.hotkey(1), now);
            assertTrue(sent.containsAll(List.of("SCRIPT", "EVALSHA")), "the first check loads the script: " + sent);
            sent.clear();

            assertEquals(ReplayVerdict.FIRST_USE,
                    stores.replayGuard().claim(new ReplayClaim.SingleUse(new ReplayKey("replay:ab01"), now.plus(Duration.ofMinutes(1))), now));
            assertTrue(TestRedis.grant(stores, DailyQuotas.DEFAULTS, Role.MINER, TestRedis.hotkey(2), now).decision().allowed());

            assertEquals(List.of("SET", "EVALSHA"), sent);

            ReplayClaim.SingleUse once = new ReplayClaim.SingleUse(new ReplayKey("replay:ab02"), now.plus(Duration.ofMinutes(1)));
            QuotaCharge charge = DailyQuotas.DEFAULTS.folderGrant(TestRedis.hotkey(3), 0);
            assertTrue(stores.singleUseCharges().claimAndCharge(once, charge, now).orElseThrow().decision().allowed());
            sent.clear();
            ReplayClaim.SingleUse next = new ReplayClaim.SingleUse(new ReplayKey("replay:ab03"), now.plus(Duration.ofMinutes(1)));
            assertTrue(stores.singleUseCharges().claimAndCharge(next, charge, now).orElseThrow().decision().allowed());

            assertEquals(List.of("EVALSHA"), sent);
        }
    }
}
