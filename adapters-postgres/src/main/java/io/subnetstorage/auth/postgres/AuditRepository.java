package io.subnetstorage.auth.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Reads of {@code audit_events}; writes stay plain JDBC in {@link AuditBatchWriter} (multi-row INSERTs). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditRow, Long> {

    /** Newest first; events of the same instant in the order they were written, newest first too. */
    @Query("SELECT * FROM audit_events WHERE hotkey = :hotkey ORDER BY at DESC, id DESC LIMIT :limit")
    List<AuditRow> history(String hotkey, int limit);
}
