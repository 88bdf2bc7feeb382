package io.subnetstorage.auth.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code access_grants}, read. The reads are SQL so their order (ties broken by id) and limits stay explicit; rows are
 * written by {@link GrantBatchWriter}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GrantRepository extends GenericRepository<GrantRow, UUID> {

    @Query("SELECT * FROM access_grants WHERE principal = :principal AND expires_at > :now ORDER BY expires_at, id")
    List<GrantRow> outstanding(String principal, Instant now);

    @Query("SELECT * FROM access_grants WHERE principal = :principal ORDER BY issued_at DESC, id LIMIT :limit")
    List<GrantRow> recent(String principal, int limit);

    @Query("SELECT backend FROM access_grants WHERE principal = :principal AND 'UPLOAD' = ANY (operations)"
            + " ORDER BY issued_at DESC LIMIT 1")
    Optional<String> latestUploadBackend(String principal);

    /** By access key ID (every secret it had) or by {@code {key id}:{fingerprint}} (one secret). */
    @Query("SELECT * FROM access_grants WHERE (signing_key_id = :signingKeyId OR split_part(signing_key_id, ':', 1) = :signingKeyId)"
            + " AND expires_at > :now ORDER BY expires_at, id LIMIT :limit")
    List<GrantRow> outstandingSignedBy(String signingKeyId, Instant now, int limit);
}
