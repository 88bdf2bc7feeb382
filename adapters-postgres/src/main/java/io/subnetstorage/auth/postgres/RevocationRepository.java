package io.subnetstorage.auth.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** {@code revocations}: one row per hotkey revoked right now; reinstating deletes it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevocationRepository extends GenericRepository<RevocationRow, String> {

    /** Revoking a revoked hotkey again keeps one row with the latest reason, actor and time. */
    @Query("INSERT INTO revocations (hotkey, reason, revoked_by, revoked_at)"
            + " VALUES (:hotkey, :reason, :revokedBy, :revokedAt) ON CONFLICT (hotkey) DO UPDATE"
            + " SET reason = EXCLUDED.reason, revoked_by = EXCLUDED.revoked_by, revoked_at = EXCLUDED.revoked_at")
    void upsert(String hotkey, String reason, String revokedBy, Instant revokedAt);

    /** How many rows went: 0 when the hotkey was not revoked. */
    int deleteByHotkey(String hotkey);
}
