package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.UtcDay;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.util.Locale;

/** The key layout of docs/adr/0006-redis-key-layout.md, in one place. */
record RedisKeys(String prefix) {

    /** The role is part of the key: miners and validators are counted apart, unlike the deployed service. */
    String hotkeyQuota(Role role, Hotkey hotkey, UtcDay day) {
        return prefix + "quota:" + role.name().toLowerCase(Locale.ROOT) + ":" + hotkey.value() + ":" + day.label();
    }

    String globalQuota(UtcDay day) {
        return prefix + "quota:global:" + day.label();
    }

    /** The domain already names the kind ({@code replay:...} or {@code nonce:{hotkey}:{nonce}}). */
    String replay(ReplayKey key) {
        return prefix + key.value();
    }
}
