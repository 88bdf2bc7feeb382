package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;

/**
 * Records each grant in its own transaction before the caller may hand it out. A failure of any kind
 * (no connection, no privilege, a constraint) surfaces as DependencyUnavailable: no grant goes unrecorded.
 */
@Singleton
class PostgresGrantLedger implements GrantLedger {

    private static final String INSERT = "INSERT INTO access_grants (id, principal, role, backend, bucket, prefix,"
            + " operations, issued_at, expires_at, signing_key_id, request_id, endpoint, client_address)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final int MAX_ORIGIN_TEXT = 256;

    private final Jdbc jdbc;

    PostgresGrantLedger(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AccessGrant grant, RequestOrigin origin) {
        jdbc.inTransaction("recording grant " + grant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                String[] operations = grant.operations().stream().map(Operation::name).sorted().toArray(String[]::new);
                insert.setObject(1, grant.id());
                insert.setString(2, grant.principal().value());
                insert.setString(3, grant.role().name());
                insert.setString(4, grant.backend());
                insert.setString(5, grant.bucket());
                insert.setString(6, grant.prefix().value());
                insert.setArray(7, connection.createArrayOf("text", operations));
                insert.setObject(8, Jdbc.timestamp(grant.issuedAt()));
                insert.setObject(9, Jdbc.timestamp(grant.expiresAt()));
                insert.setString(10, grant.signingKeyId());
                insert.setString(11, Jdbc.text(origin.requestId(), MAX_ORIGIN_TEXT));
                insert.setString(12, Jdbc.text(origin.endpoint(), MAX_ORIGIN_TEXT));
                insert.setString(13, Jdbc.text(origin.clientAddress(), MAX_ORIGIN_TEXT));
                return insert.executeUpdate();
            }
        });
    }
}
