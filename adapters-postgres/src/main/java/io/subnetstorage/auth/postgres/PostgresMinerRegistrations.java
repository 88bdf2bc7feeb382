package io.subnetstorage.auth.postgres;

import io.micronaut.context.annotation.Value;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Registrations in table {@code registrations}. Plain JDBC: every change is one conditional statement whose
 * WHERE clause is the state machine (a re-registration cancels any cleanup; the metagraph cancels only the
 * cleanup its absence scheduled). Whether a miner may upload is asked on every upload grant, so a "yes" is cached for
 * {@code ledger.registrations.cache-ttl}: a deregistration or archive through this instance is seen at once, one
 * made elsewhere within the TTL, as with revocations. A "no" is never cached, so a registration made elsewhere
 * counts at once.
 */
@Singleton
class PostgresMinerRegistrations implements MinerRegistrations {

    static final String ABSENT = "left the metagraph";
    private static final String COLUMNS = "hotkey, status, registered_at, cleanup_at, reason";

    private final Transactions transactions;
    private final HotkeyAnswerCache mayUpload;

    PostgresMinerRegistrations(Transactions transactions, @Value("${ledger.registrations.cache-ttl:1s}") Duration cacheTtl) {
        this.transactions = transactions;
        this.mayUpload = new HotkeyAnswerCache(cacheTtl);
    }

    @Override
    public Registration find(Hotkey miner) {
        // Asked on every upload grant: one statement in autocommit, not a transaction of its own.
        return transactions.readAlone("reading a registration", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM registrations WHERE hotkey = ?")) {
                query.setString(1, miner.value());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? registration(row) : Registration.none(miner);
                }
            }
        });
    }

    @Override
    public boolean mayUpload(Hotkey miner) {
        if (mayUpload.get(miner) != null) {
            return true;
        }
        long generation = mayUpload.generation();
        boolean allowed = find(miner).status().mayUpload();
        if (allowed) {
            mayUpload.cacheRead(miner, true, generation);
        }
        return allowed;
    }

    @Override
    public Registration register(Hotkey miner, Coldkey coldkey, String bucket, Instant now) {
        Registration registered = transactions.inTransaction("registering " + miner, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO registrations (hotkey, coldkey, status, bucket,"
                    + " registered_at) VALUES (?, ?, 'registered', ?, ?) ON CONFLICT (hotkey) DO UPDATE SET coldkey = EXCLUDED.coldkey,"
                    + " status = 'registered', bucket = EXCLUDED.bucket, registered_at = EXCLUDED.registered_at, deregistered_at = NULL,"
                    + " reason = NULL, absent_since = NULL, cleanup_at = NULL, archived_at = NULL RETURNING " + COLUMNS)) {
                upsert.setString(1, miner.value());
                upsert.setString(2, coldkey.value());
                upsert.setString(3, bucket);
                upsert.setTimestamp(4, Timestamp.from(now));
                return one(upsert);
            }
        });
        mayUpload.recordChange(miner, true);
        return registered;
    }

    @Override
    public Registration deregister(Hotkey miner, String reason, Instant now, Instant cleanupAt) {
        Registration deregistered = transactions.inTransaction("deregistering " + miner, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE registrations SET status = 'deregistered',"
                    + " deregistered_at = ?, reason = ?, cleanup_at = ? WHERE hotkey = ? AND status <> 'archived' RETURNING " + COLUMNS)) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, ClientText.of(reason));
                update.setTimestamp(3, Timestamp.from(cleanupAt));
                update.setString(4, miner.value());
                return one(update);
            }
        });
        mayUpload.forget(miner);
        return deregistered;
    }

    @Override
    public void followMembership(Set<Hotkey> present, Instant now, Duration retention) {
        String[] hotkeys = present.stream().map(Hotkey::value).toArray(String[]::new);
        transactions.inTransaction("following the metagraph", connection -> {
            try (PreparedStatement left = connection.prepareStatement("UPDATE registrations SET absent_since = ?,"
                    + " cleanup_at = ?, reason = ? WHERE status = 'registered' AND absent_since IS NULL AND NOT (hotkey = ANY (?))");
                    PreparedStatement back = connection.prepareStatement("UPDATE registrations SET absent_since = NULL,"
                            + " cleanup_at = NULL, reason = NULL WHERE status = 'registered' AND absent_since IS NOT NULL"
                            + " AND hotkey = ANY (?)")) {
                left.setTimestamp(1, Timestamp.from(now));
                left.setTimestamp(2, Timestamp.from(now.plus(retention)));
                left.setString(3, ABSENT);
                left.setArray(4, connection.createArrayOf("text", hotkeys));
                left.executeUpdate();
                back.setArray(1, connection.createArrayOf("text", hotkeys));
                return back.executeUpdate();
            }
        });
    }

    @Override
    public List<Registration> dueForCleanup(Instant now, int limit) {
        return transactions.inTransaction("reading due cleanups", connection -> list(connection, "SELECT " + COLUMNS
                + " FROM registrations WHERE status <> 'archived' AND cleanup_at <= ? ORDER BY cleanup_at, hotkey LIMIT " + limit, now));
    }

    @Override
    public void archive(Hotkey miner, Instant now) {
        transactions.inTransaction("archiving " + miner, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE registrations SET status = 'archived', archived_at = ? WHERE hotkey = ? AND status <> 'archived'")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, miner.value());
                return update.executeUpdate();
            }
        });
        mayUpload.forget(miner);
    }

    @Override
    public List<Registration> active() {
        return transactions.inTransaction("reading active registrations", connection -> list(connection, "SELECT " + COLUMNS
                + " FROM registrations WHERE status <> 'archived' ORDER BY hotkey", null));
    }

    private static List<Registration> list(Connection connection, String sql, Instant at) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (at != null) {
                query.setTimestamp(1, Timestamp.from(at));
            }
            List<Registration> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(registration(rows));
                }
            }
            return found;
        }
    }

    private static Registration one(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("no registration row");
            }
            return registration(row);
        }
    }

    private static Registration registration(ResultSet row) throws SQLException {
        return new Registration(Hotkey.of(row.getString("hotkey")),
                RegistrationStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(row.getTimestamp("registered_at")).map(Timestamp::toInstant),
                Optional.ofNullable(row.getTimestamp("cleanup_at")).map(Timestamp::toInstant),
                Optional.ofNullable(row.getString("reason")));
    }
}
