package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Reads {@code access_grants} rows back into grants. */
final class GrantRows {

    static final String COLUMNS = "id, principal, role, backend, bucket, prefix, operations, issued_at, expires_at,"
            + " signing_key_id";

    private GrantRows() {
    }

    static AccessGrant grant(ResultSet row) throws SQLException {
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        for (String name : (String[]) row.getArray("operations").getArray()) {
            operations.add(Operation.valueOf(name));
        }
        return new AccessGrant(
                row.getObject("id", UUID.class),
                Hotkey.of(row.getString("principal")),
                Role.valueOf(row.getString("role")),
                row.getString("backend"),
                row.getString("bucket"),
                new FolderPrefix(row.getString("prefix")),
                operations,
                Jdbc.instant(row, "issued_at"),
                Jdbc.instant(row, "expires_at"),
                row.getString("signing_key_id"));
    }
}
