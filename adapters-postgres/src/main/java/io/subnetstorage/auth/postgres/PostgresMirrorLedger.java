package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.mirror.Discovery;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.mirror.TrackedObject;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mirror ledger in table {@code mirror_objects}, plain JDBC. A claim is one statement, {@code FOR UPDATE SKIP
 * LOCKED} under a {@code LIMIT}, that also moves the rows' next attempt to the lease's end: concurrent claimers
 * take disjoint rows, and a claimed row is due again only when its lease runs out. Outcomes are written only with
 * the claim's lease, which a scan finding a new version of the object clears.
 */
@Singleton
class PostgresMirrorLedger implements MirrorLedger {

    private static final String OUTSTANDING = "state IN ('pending', 'copied', 'failed')";
    private static final String DUE_AGAIN = "state IN ('pending', 'copied', 'failed', 'conflict')";
    private static final int MAX_ERROR = 2000;

    private final Transactions transactions;

    PostgresMirrorLedger(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<TrackedObject> tracked(Hotkey miner) {
        return transactions.inTransaction("reading mirror states", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT mirror, object_key, source, size, etag, state FROM mirror_objects WHERE hotkey = ?")) {
                query.setString(1, miner.value());
                List<TrackedObject> tracked = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        tracked.add(new TrackedObject(store(row.getString("mirror")), new ObjectKey(row.getString("object_key")),
                                store(row.getString("source")), version(row), MirrorState.ofLabel(row.getString("state"))));
                    }
                }
                return tracked;
            }
        });
    }

    @Override
    public void record(List<Discovery> discoveries, Instant now) {
        transactions.inTransaction("recording mirror work", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO mirror_objects (mirror, object_key, hotkey, source,"
                    + " state, size, etag, next_attempt_at, discovered_at, updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (mirror, object_key) DO UPDATE SET state = 'pending', size = EXCLUDED.size, etag = EXCLUDED.etag,"
                    + " sha256 = NULL, attempts = 0, last_error = NULL, next_attempt_at = EXCLUDED.next_attempt_at, lease = NULL,"
                    + " discovered_at = EXCLUDED.discovered_at, updated_at = EXCLUDED.updated_at"
                    + " WHERE mirror_objects.source = EXCLUDED.source"
                    + " AND (mirror_objects.size <> EXCLUDED.size OR mirror_objects.etag <> EXCLUDED.etag)")) {
                Timestamp at = Timestamp.from(now);
                for (Discovery found : discoveries) {
                    upsert.setString(1, found.mirror().label());
                    upsert.setString(2, found.key().value());
                    upsert.setString(3, found.miner().value());
                    upsert.setString(4, found.source().label());
                    upsert.setLong(5, found.version().size());
                    upsert.setString(6, found.version().etag());
                    upsert.setTimestamp(7, at);
                    upsert.setTimestamp(8, at);
                    upsert.setTimestamp(9, at);
                    upsert.addBatch();
                }
                return upsert.executeBatch().length;
            }
        });
    }

    @Override
    public List<MirrorItem> claim(StoreKind mirror, int limit, Instant now, Duration lease) {
        UUID token = UUID.randomUUID();
        return transactions.inTransaction("claiming mirror work", connection -> {
            try (PreparedStatement claim = connection.prepareStatement("WITH due AS (SELECT mirror, object_key FROM mirror_objects"
                    + " WHERE mirror = ? AND " + DUE_AGAIN + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED) UPDATE mirror_objects m SET lease = ?, next_attempt_at = ?, updated_at = ? FROM due"
                    + " WHERE m.mirror = due.mirror AND m.object_key = due.object_key"
                    + " RETURNING m.object_key, m.hotkey, m.source, m.size, m.etag, m.state, m.attempts, m.sha256")) {
                claim.setString(1, mirror.label());
                claim.setTimestamp(2, Timestamp.from(now));
                claim.setInt(3, limit);
                claim.setObject(4, token);
                claim.setTimestamp(5, Timestamp.from(now.plus(lease)));
                claim.setTimestamp(6, Timestamp.from(now));
                List<MirrorItem> claimed = new ArrayList<>();
                try (ResultSet row = claim.executeQuery()) {
                    while (row.next()) {
                        claimed.add(new MirrorItem(mirror, new ObjectKey(row.getString("object_key")), Hotkey.of(row.getString("hotkey")),
                                store(row.getString("source")), version(row), MirrorState.ofLabel(row.getString("state")),
                                row.getInt("attempts"), Optional.ofNullable(row.getString("sha256")), token));
                    }
                }
                return claimed;
            }
        });
    }

    @Override
    public boolean settle(MirrorItem item, Settlement settlement, Instant now) {
        return transactions.inTransaction("settling mirror work", connection -> {
            // A SHA-256 given replaces the one kept; none keeps it only while the version stays the same.
            try (PreparedStatement update = connection.prepareStatement("UPDATE mirror_objects SET state = ?, sha256 = CASE"
                    + " WHEN ?::text IS NOT NULL THEN ?::text WHEN size = ? AND etag = ? THEN sha256 END, size = ?, etag = ?,"
                    + " last_error = ?, attempts = attempts + ?, next_attempt_at = COALESCE(?::timestamptz, next_attempt_at), lease = NULL,"
                    + " updated_at = ? WHERE mirror = ? AND object_key = ? AND lease = ?")) {
                ObjectVersion version = settlement.version();
                String sha256 = settlement.sha256().orElse(null);
                update.setString(1, settlement.state().label());
                update.setString(2, sha256);
                update.setString(3, sha256);
                update.setLong(4, version.size());
                update.setString(5, version.etag());
                update.setLong(6, version.size());
                update.setString(7, version.etag());
                update.setString(8, settlement.error().map(PostgresMirrorLedger::errorText).orElse(null));
                update.setInt(9, settlement.state() == MirrorState.FAILED ? 1 : 0);
                if (settlement.nextAttempt().isPresent()) {
                    update.setTimestamp(10, Timestamp.from(settlement.nextAttempt().get()));
                } else {
                    update.setNull(10, Types.TIMESTAMP);
                }
                update.setTimestamp(11, Timestamp.from(now));
                item(update, 12, item);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(MirrorItem item, Instant now) {
        transactions.inTransaction("giving mirror work back", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE mirror_objects SET lease = NULL, next_attempt_at = ?,"
                    + " updated_at = ? WHERE mirror = ? AND object_key = ? AND lease = ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setTimestamp(2, Timestamp.from(now));
                item(update, 3, item);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void forget(MirrorItem item) {
        transactions.inTransaction("forgetting mirror work", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM mirror_objects WHERE mirror = ? AND object_key = ? AND lease = ?")) {
                item(delete, 1, item);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public MirrorLag lag(StoreKind mirror) {
        return transactions.inTransaction("reading mirror lag", connection -> {
            try (PreparedStatement waiting = connection.prepareStatement("SELECT count(*), min(discovered_at) FROM mirror_objects"
                    + " WHERE mirror = ? AND " + OUTSTANDING);
                    PreparedStatement conflicts = connection.prepareStatement(
                            "SELECT count(*) FROM mirror_objects WHERE mirror = ? AND state = 'conflict'")) {
                waiting.setString(1, mirror.label());
                conflicts.setString(1, mirror.label());
                try (ResultSet lag = waiting.executeQuery(); ResultSet conflicted = conflicts.executeQuery()) {
                    lag.next();
                    conflicted.next();
                    return new MirrorLag(lag.getLong(1), Optional.ofNullable(lag.getTimestamp(2)).map(Timestamp::toInstant),
                            conflicted.getLong(1));
                }
            }
        });
    }

    private static void item(PreparedStatement statement, int first, MirrorItem item) throws SQLException {
        statement.setString(first, item.mirror().label());
        statement.setString(first + 1, item.key().value());
        statement.setObject(first + 2, item.lease());
    }

    private static ObjectVersion version(ResultSet row) throws SQLException {
        return new ObjectVersion(row.getLong("size"), row.getString("etag"));
    }

    private static StoreKind store(String label) {
        return StoreKind.byLabel(label).orElseThrow(() -> new IllegalStateException("unknown store " + label + " in mirror_objects"));
    }

    private static String errorText(String error) {
        String clean = error.replace("\0", "");
        return clean.length() <= MAX_ERROR ? clean : clean.substring(0, MAX_ERROR);
    }
}
