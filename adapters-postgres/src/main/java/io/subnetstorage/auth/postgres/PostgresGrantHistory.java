package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The operator's questions about one hotkey, answered from the ledger and the audit trail. */
@Singleton
class PostgresGrantHistory implements GrantHistory {

    private static final String OUTSTANDING = "SELECT " + GrantRows.COLUMNS + " FROM access_grants"
            + " WHERE principal = ? AND expires_at > ? ORDER BY expires_at, id";
    private static final String RECENT = "SELECT " + GrantRows.COLUMNS + " FROM access_grants"
            + " WHERE principal = ? ORDER BY issued_at DESC, id LIMIT ?";
    private static final String SIGNED_BY = "SELECT " + GrantRows.COLUMNS + " FROM access_grants"
            + " WHERE signing_key_id = ? AND expires_at > ? ORDER BY expires_at, id LIMIT ?";
    private static final String AUDIT = "SELECT at, request_id, endpoint, client_address, role, hotkey, reason_code"
            + " FROM audit_events WHERE hotkey = ? ORDER BY at DESC, id DESC LIMIT ?";

    private final Jdbc jdbc;

    PostgresGrantHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AccessGrant> outstanding(Hotkey hotkey, Instant now) {
        return grants("reading outstanding grants", OUTSTANDING, hotkey.value(), Jdbc.timestamp(now));
    }

    @Override
    public List<AccessGrant> recent(Hotkey hotkey, int limit) {
        return grants("reading recent grants", RECENT, hotkey.value(), Math.max(0, limit));
    }

    @Override
    public List<AccessGrant> outstandingSignedBy(String signingKeyId, Instant now, int limit) {
        return grants("reading grants by signing key", SIGNED_BY, signingKeyId, Jdbc.timestamp(now), Math.max(0, limit));
    }

    @Override
    public List<AuditEvent> auditHistory(Hotkey hotkey, int limit) {
        return jdbc.inTransaction("reading audit history", connection -> {
            try (PreparedStatement query = connection.prepareStatement(AUDIT)) {
                query.setString(1, hotkey.value());
                query.setInt(2, Math.max(0, limit));
                List<AuditEvent> events = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(event(rows));
                    }
                }
                return events;
            }
        });
    }

    private List<AccessGrant> grants(String what, String sql, Object... parameters) {
        return jdbc.inTransaction(what, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                List<AccessGrant> grants = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        grants.add(GrantRows.grant(rows));
                    }
                }
                return grants;
            }
        });
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        RequestOrigin origin = new RequestOrigin(
                row.getString("request_id"), row.getString("endpoint"), row.getString("client_address"));
        return new AuditEvent(
                Jdbc.instant(row, "at"),
                origin,
                Role.valueOf(row.getString("role")),
                Optional.ofNullable(row.getString("hotkey")),
                Optional.ofNullable(row.getString("reason_code")).map(ReasonCode::valueOf));
    }
}
