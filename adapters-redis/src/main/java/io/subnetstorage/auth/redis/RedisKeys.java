package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.UtcDay;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.util.Optional;

/** The key layout of docs/adr/0006-redis-key-layout.md, in one place. */
record RedisKeys(String prefix) {

    /**
     * {@code quota:{counter}:{hotkey}:{day}} or {@code quota:global:{day}}. The counter's label names the
     * role, so miners and validators are counted apart, unlike the deployed service.
     */
    String quota(QuotaCounter counter, Optional<Hotkey> hotkey, UtcDay day) {
        return prefix + "quota:" + counter.label() + hotkey.map(h -> ":" + h.value()).orElse("") + ":" + day.label();
    }

    /** The domain already names the kind ({@code replay:...}, {@code xtao:...} or {@code nonce:...}). */
    String replay(ReplayKey key) {
        return prefix + key.value();
    }
}
