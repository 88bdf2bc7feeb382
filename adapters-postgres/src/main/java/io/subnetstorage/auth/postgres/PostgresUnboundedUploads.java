package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.UnboundedUpload;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * PUT grants without a size bound in {@code access_grants}, and their size checks. Plain JDBC: the selection
 * repeats the predicate of the partial index {@code access_grants_unchecked_puts} (V3) so that index serves it.
 */
@Singleton
class PostgresUnboundedUploads implements UnboundedUploads {

    private static final String DUE = "SELECT id, principal, backend, bucket, object_key, expires_at FROM access_grants"
            + " WHERE http_method = 'PUT' AND size_bound IS NULL AND size_checked_at IS NULL"
            + " AND expires_at < ? AND backend = ANY (?) AND starts_with(object_key, ?)";

    private final Transactions transactions;

    PostgresUnboundedUploads(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<UnboundedUpload> due(Set<StoreKind> stores, FolderPrefix under, Instant expiredBefore, Optional<UnboundedUpload> after,
            int limit) {
        String sql = DUE + (after.isPresent() ? " AND (expires_at, id) > (?, ?)" : "") + " ORDER BY expires_at, id LIMIT ?";
        return transactions.inTransaction("reading unchecked PUT grants", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int parameter = 0;
                query.setTimestamp(++parameter, Timestamp.from(expiredBefore));
                query.setArray(++parameter, connection.createArrayOf("text", stores.stream().map(StoreKind::label).toArray()));
                query.setString(++parameter, under.value());
                if (after.isPresent()) {
                    query.setTimestamp(++parameter, Timestamp.from(after.get().expiresAt()));
                    query.setObject(++parameter, after.get().grantId());
                }
                query.setInt(++parameter, Math.max(0, limit));
                List<UnboundedUpload> due = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(upload(rows));
                    }
                }
                return due;
            }
        });
    }

    @Override
    public void record(UnboundedUpload upload, SizeCheck check) {
        transactions.inTransaction("recording the size check of " + upload.grantId(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE access_grants SET size_check = ?, size_found = ?,"
                    + " size_checked_at = ? WHERE id = ? AND size_checked_at IS NULL")) {
                update.setString(1, check.outcome().label());
                if (check.sizeFound().isPresent()) {
                    update.setLong(2, check.sizeFound().getAsLong());
                } else {
                    update.setNull(2, Types.BIGINT);
                }
                update.setTimestamp(3, Timestamp.from(check.checkedAt()));
                update.setObject(4, upload.grantId());
                return update.executeUpdate();
            }
        });
    }

    private static UnboundedUpload upload(ResultSet row) throws SQLException {
        // The query asked only for configured stores, so the label is always one of them.
        String backend = row.getString("backend");
        StoreKind store = StoreKind.byLabel(backend).orElseThrow(() -> new SQLException("unknown store " + backend));
        return new UnboundedUpload(row.getObject("id", UUID.class), Hotkey.of(row.getString("principal")), store,
                new BucketName(row.getString("bucket")), new ObjectKey(row.getString("object_key")),
                row.getTimestamp("expires_at").toInstant());
    }
}
