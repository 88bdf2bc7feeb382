package io.subnetstorage.auth.postgres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code revocation_history}: appended to, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevocationHistoryRepository extends GenericRepository<RevocationHistoryRow, Long> {

    RevocationHistoryRow save(RevocationHistoryRow row);
}
