package io.subnetstorage.auth.postgres;

import io.micronaut.context.annotation.Value;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Current revocations in {@code revocations}, every revoke and reinstate in {@code revocation_history}.
 * Answers are cached for {@code ledger.revocations.cache-ttl} because every request asks; a change made
 * through this instance updates the cache at once, one made elsewhere is seen within the TTL.
 */
@Singleton
class PostgresRevocationRegistry implements RevocationRegistry {

    private static final String REVOKE = "INSERT INTO revocations (hotkey, reason, revoked_by, revoked_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (hotkey) DO UPDATE"
            + " SET reason = EXCLUDED.reason, revoked_by = EXCLUDED.revoked_by, revoked_at = EXCLUDED.revoked_at";
    private static final String REINSTATE = "DELETE FROM revocations WHERE hotkey = ?";
    private static final String HISTORY = "INSERT INTO revocation_history (hotkey, action, reason, actor, at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String IS_REVOKED = "SELECT 1 FROM revocations WHERE hotkey = ?";

    private final Jdbc jdbc;
    private final RevocationCache cache;

    PostgresRevocationRegistry(Jdbc jdbc, @Value("${ledger.revocations.cache-ttl:1s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.cache = new RevocationCache(cacheTtl);
    }

    @Override
    public boolean isRevoked(Hotkey hotkey) {
        Boolean cached = cache.get(hotkey);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        boolean revoked = jdbc.inTransaction("checking revocations", connection -> {
            try (PreparedStatement query = connection.prepareStatement(IS_REVOKED)) {
                query.setString(1, hotkey.value());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
        cache.cacheRead(hotkey, revoked, generation);
        return revoked;
    }

    @Override
    public void revoke(Hotkey hotkey, String reason, String revokedBy, Instant at) {
        jdbc.inTransaction("revoking " + hotkey, connection -> {
            try (PreparedStatement revoke = connection.prepareStatement(REVOKE)) {
                revoke.setString(1, hotkey.value());
                revoke.setString(2, reason);
                revoke.setString(3, revokedBy);
                revoke.setObject(4, Jdbc.timestamp(at));
                revoke.executeUpdate();
            }
            return history(connection, hotkey, "revoked", reason, revokedBy, at);
        });
        cache.recordChange(hotkey, true);
    }

    @Override
    public boolean reinstate(Hotkey hotkey, String reinstatedBy, Instant at) {
        boolean wasRevoked = jdbc.inTransaction("reinstating " + hotkey, connection -> {
            try (PreparedStatement reinstate = connection.prepareStatement(REINSTATE)) {
                reinstate.setString(1, hotkey.value());
                if (reinstate.executeUpdate() == 0) {
                    return false;
                }
            }
            return history(connection, hotkey, "reinstated", null, reinstatedBy, at);
        });
        cache.recordChange(hotkey, false);
        return wasRevoked;
    }

    private static boolean history(Connection connection, Hotkey hotkey, String action, String reason, String actor,
            Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(HISTORY)) {
            insert.setString(1, hotkey.value());
            insert.setString(2, action);
            insert.setString(3, reason);
            insert.setString(4, actor);
            insert.setObject(5, Jdbc.timestamp(at));
            return insert.executeUpdate() == 1;
        }
    }
}
