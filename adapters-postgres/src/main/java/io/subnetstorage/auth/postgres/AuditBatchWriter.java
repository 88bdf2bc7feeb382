package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes audit events as one multi-row INSERT per batch, in autocommit: one statement is atomic by itself. A
 * batch PostgreSQL rejects for its data (SQL state classes 22 and 23) is retried row by row so one bad event
 * cannot hold the queue up; the rows that still fail are reported as rejected. Any other failure is thrown for
 * the caller to retry later.
 *
 * <p>Plain JDBC on the transaction's connection rather than a repository: {@code saveAll} would send a JDBC
 * batch of one-row INSERTs where one statement carries up to 4000 rows, and the split into "refused row" and
 * "database unavailable" needs the driver's SQL state, which a repository wraps.
 */
final class AuditBatchWriter {

    private static final String INSERT = "INSERT INTO audit_events"
            + " (at, request_id, endpoint, client_address, role, hotkey, allowed, reason_code) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    AuditBatchWriter(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Returns how many events PostgreSQL refused for their content; those are not written. */
    int write(List<AuditEvent> batch) throws SQLException {
        try {
            transactions.aloneOrThrow(connection -> insert(connection, batch));
            return 0;
        } catch (SQLException e) {
            if (!isDataError(e)) {
                throw e;
            }
            if (batch.size() == 1) {
                return 1;
            }
        }
        int rejected = 0;
        for (AuditEvent event : batch) {
            rejected += write(List.of(event));
        }
        return rejected;
    }

    private static boolean isDataError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private static int insert(Connection connection, List<AuditEvent> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(MultiRowInsert.sql(INSERT, ROW, batch.size()))) {
            int p = 0;
            for (AuditEvent event : batch) {
                insert.setObject(++p, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
                insert.setString(++p, ClientText.of(event.origin().requestId()));
                insert.setString(++p, ClientText.of(event.origin().endpoint()));
                insert.setString(++p, ClientText.of(event.origin().clientAddress()));
                insert.setString(++p, event.role().name());
                insert.setString(++p, ClientText.of(event.hotkey().orElse(null)));
                insert.setBoolean(++p, event.allowed());
                insert.setString(++p, event.denial().map(Enum::name).orElse(null));
            }
            return insert.executeUpdate();
        }
    }
}
