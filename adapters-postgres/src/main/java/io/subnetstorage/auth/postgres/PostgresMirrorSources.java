package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import io.subnetstorage.auth.application.port.out.mirror.SourceHistory;
import io.subnetstorage.auth.application.port.out.mirror.UploadSeen;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Upload grants from {@code access_grants} (an index on the issue time of upload grants serves the follower), and
 * the mirrors' own records: {@code mirror_uploaders}, {@code mirror_sources} and {@code mirror_marks}. Plain JDBC.
 */
@Singleton
class PostgresMirrorSources implements MirrorSources {

    private static final String UPLOADS_BY_MINER_AND_STORE = "SELECT principal, backend, max(issued_at) AS issued_at,"
            + " max(expires_at) AS expires_at FROM access_grants WHERE 'UPLOAD' = ANY (operations) AND issued_at > ? AND issued_at <= ?"
            + " GROUP BY principal, backend";
    private static final String UPSERT_UPLOADER = " ON CONFLICT (hotkey, store) DO UPDATE SET"
            + " last_grant_at = GREATEST(mirror_uploaders.last_grant_at, EXCLUDED.last_grant_at),"
            + " uploads_until = GREATEST(mirror_uploaders.uploads_until, EXCLUDED.uploads_until)";

    private final Transactions transactions;

    PostgresMirrorSources(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<UploadSeen> uploadsIssued(Instant after, Instant until) {
        return transactions.inTransaction("reading upload grants", connection -> {
            try (PreparedStatement query = connection.prepareStatement(UPLOADS_BY_MINER_AND_STORE)) {
                query.setTimestamp(1, Timestamp.from(after));
                query.setTimestamp(2, Timestamp.from(until));
                List<UploadSeen> uploads = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Optional<StoreKind> store = StoreKind.byLabel(row.getString("backend"));
                        // A grant of a store this version does not know, or a principal that is no hotkey, is nothing to scan.
                        if (store.isPresent() && Ss58Address.looksLikeSs58(row.getString("principal"))) {
                            uploads.add(new UploadSeen(Hotkey.of(row.getString("principal")), store.get(),
                                    row.getTimestamp("issued_at").toInstant(), row.getTimestamp("expires_at").toInstant()));
                        }
                    }
                }
                return uploads;
            }
        });
    }

    @Override
    public void remember(List<UploadSeen> uploads) {
        transactions.inTransaction("remembering uploaders", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO mirror_uploaders (hotkey, store, last_grant_at,"
                    + " uploads_until) VALUES (?, ?, ?, ?)" + UPSERT_UPLOADER)) {
                for (UploadSeen upload : uploads) {
                    upsert.setString(1, upload.miner().value());
                    upsert.setString(2, upload.store().label());
                    upsert.setTimestamp(3, Timestamp.from(upload.issuedAt()));
                    upsert.setTimestamp(4, Timestamp.from(upload.expiresAt()));
                    upsert.addBatch();
                }
                return upsert.executeBatch().length;
            }
        });
    }

    @Override
    public void rememberAll(Instant until) {
        transactions.inTransaction("remembering every uploader", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO mirror_uploaders (hotkey, store, last_grant_at,"
                    + " uploads_until) " + UPLOADS_BY_MINER_AND_STORE + UPSERT_UPLOADER)) {
                upsert.setTimestamp(1, Timestamp.from(Instant.EPOCH));
                upsert.setTimestamp(2, Timestamp.from(until));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Set<Hotkey> uploaders() {
        return transactions.inTransaction("reading uploaders", connection -> {
            Set<Hotkey> uploaders = new LinkedHashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT hotkey FROM mirror_uploaders ORDER BY hotkey");
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    if (Ss58Address.looksLikeSs58(row.getString(1))) {
                        uploaders.add(Hotkey.of(row.getString(1)));
                    }
                }
            }
            return uploaders;
        });
    }

    @Override
    public List<SourceHistory> history() {
        return transactions.inTransaction("reading upload stores", connection -> {
            List<SourceHistory> history = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT u.store, max(u.uploads_until), s.drained_at"
                    + " FROM mirror_uploaders u LEFT JOIN mirror_sources s ON s.store = u.store GROUP BY u.store, s.drained_at");
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Optional<StoreKind> store = StoreKind.byLabel(row.getString(1));
                    if (store.isPresent()) {
                        history.add(new SourceHistory(store.get(), row.getTimestamp(2).toInstant(),
                                Optional.ofNullable(row.getTimestamp(3)).map(Timestamp::toInstant)));
                    }
                }
            }
            return history;
        });
    }

    @Override
    public void drained(StoreKind store, Instant at) {
        transactions.inTransaction("recording a drained store", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO mirror_sources (store, drained_at) VALUES (?, ?)"
                    + " ON CONFLICT (store) DO UPDATE SET drained_at = EXCLUDED.drained_at")) {
                upsert.setString(1, store.label());
                upsert.setTimestamp(2, Timestamp.from(at));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Instant> mark(String job) {
        return transactions.inTransaction("reading a mirror job's mark", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT at FROM mirror_marks WHERE job = ?")) {
                query.setString(1, job);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
                }
            }
        });
    }

    @Override
    public void setMark(String job, Instant at) {
        transactions.inTransaction("setting a mirror job's mark", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO mirror_marks (job, at) VALUES (?, ?)"
                    + " ON CONFLICT (job) DO UPDATE SET at = EXCLUDED.at")) {
                upsert.setString(1, job);
                upsert.setTimestamp(2, Timestamp.from(at));
                return upsert.executeUpdate();
            }
        });
    }
}
