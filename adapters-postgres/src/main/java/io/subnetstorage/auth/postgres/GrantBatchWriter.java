package io.subnetstorage.auth.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Inserts ledger rows as one multi-row INSERT on the transaction's connection. Every grant passes here, so it is
 * plain JDBC like {@link AuditBatchWriter}: the repository's {@code saveAll} sent a JDBC batch of one-row INSERTs
 * through Micronaut Data's per-value mapping, a cost per grant in the service and in PostgreSQL (issue 18).
 * A grant id seen before is still a constraint violation (23505), never an update.
 */
final class GrantBatchWriter {

    private static final String INSERT = "INSERT INTO access_grants (id, principal, role, backend, bucket, prefix, operations,"
            + " issued_at, expires_at, signing_key_id, request_id, endpoint, client_address, object_key, http_method, size_bound,"
            + " size_checked_at, size_check, size_found) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private GrantBatchWriter() {
    }

    static int insert(Connection connection, List<GrantRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(MultiRowInsert.sql(INSERT, ROW, rows.size()))) {
            int p = 0;
            for (GrantRow row : rows) {
                insert.setObject(++p, row.id());
                insert.setString(++p, row.principal());
                insert.setString(++p, row.role());
                insert.setString(++p, row.backend());
                insert.setString(++p, row.bucket());
                insert.setString(++p, row.prefix());
                insert.setArray(++p, connection.createArrayOf("text", row.operations()));
                insert.setObject(++p, timestamp(row.issuedAt()));
                insert.setObject(++p, timestamp(row.expiresAt()));
                insert.setString(++p, row.signingKeyId());
                insert.setString(++p, row.requestId());
                insert.setString(++p, row.endpoint());
                insert.setString(++p, row.clientAddress());
                insert.setString(++p, row.objectKey());
                insert.setString(++p, row.httpMethod());
                setLong(insert, ++p, row.sizeBound());
                insert.setObject(++p, row.sizeCheckedAt() == null ? null : timestamp(row.sizeCheckedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(++p, row.sizeCheck());
                setLong(insert, ++p, row.sizeFound());
            }
            return insert.executeUpdate();
        }
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
