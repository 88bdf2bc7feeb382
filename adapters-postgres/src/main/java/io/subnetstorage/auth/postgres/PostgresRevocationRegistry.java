package io.subnetstorage.auth.postgres;

import io.micronaut.context.annotation.Value;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * Current revocations in {@code revocations}, every revoke and reinstate in {@code revocation_history}.
 * Answers are cached for {@code ledger.revocations.cache-ttl} because every request asks; a change made
 * through this instance updates the cache at once, one made elsewhere is seen within the TTL.
 */
@Singleton
class PostgresRevocationRegistry implements RevocationRegistry {

    private final Transactions transactions;
    private final RevocationRepository revocations;
    private final RevocationHistoryRepository history;
    private final HotkeyAnswerCache cache;

    PostgresRevocationRegistry(Transactions transactions, RevocationRepository revocations,
            RevocationHistoryRepository history, @Value("${ledger.revocations.cache-ttl:1s}") Duration cacheTtl) {
        this.transactions = transactions;
        this.revocations = revocations;
        this.history = history;
        this.cache = new HotkeyAnswerCache(cacheTtl);
    }

    @Override
    public boolean isRevoked(Hotkey hotkey) {
        Boolean cached = cache.get(hotkey);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        // One statement in autocommit, as the registration read (ADR 0026): every hotkey misses the cache once a TTL.
        boolean revoked = transactions.readAlone("checking revocations", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM revocations WHERE hotkey = ?)")) {
                query.setString(1, hotkey.value());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
        cache.cacheRead(hotkey, revoked, generation);
        return revoked;
    }

    @Override
    public void revoke(Hotkey hotkey, String reason, String revokedBy, Instant at) {
        transactions.inTransaction("revoking " + hotkey, connection -> {
            revocations.upsert(hotkey.value(), reason, revokedBy, at);
            return history.save(RevocationHistoryRow.of(hotkey.value(), "revoked", reason, revokedBy, at));
        });
        cache.recordChange(hotkey, true);
    }

    @Override
    public boolean reinstate(Hotkey hotkey, String reinstatedBy, Instant at) {
        boolean wasRevoked = transactions.inTransaction("reinstating " + hotkey, connection -> {
            if (revocations.deleteByHotkey(hotkey.value()) == 0) {
                return false;
            }
            history.save(RevocationHistoryRow.of(hotkey.value(), "reinstated", null, reinstatedBy, at));
            return true;
        });
        cache.recordChange(hotkey, false);
        return wasRevoked;
    }
}
