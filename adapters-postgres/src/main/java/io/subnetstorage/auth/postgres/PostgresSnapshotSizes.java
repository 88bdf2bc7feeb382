package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.SnapshotSizes;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/** Accepted snapshot sizes, kept eight days (a day's comparison needs only the last one). */
@Singleton
class PostgresSnapshotSizes implements SnapshotSizes {

    static final Duration KEEP = Duration.ofDays(8);

    private final Transactions transactions;

    PostgresSnapshotSizes(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void recordAccepted(int netuid, int neurons, Instant at) {
        transactions.inTransaction("recording the membership", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO metagraph_history (at, netuid, neurons) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
                    PreparedStatement prune = connection.prepareStatement("DELETE FROM metagraph_history WHERE at < ?")) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setInt(2, netuid);
                insert.setInt(3, neurons);
                insert.executeUpdate();
                prune.setTimestamp(1, Timestamp.from(at.minus(KEEP)));
                return prune.executeUpdate();
            }
        });
    }

    @Override
    public OptionalInt sizeAt(int netuid, Instant at) {
        return transactions.inTransaction("reading the membership", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT neurons FROM metagraph_history WHERE netuid = ? AND at <= ? ORDER BY at DESC LIMIT 1")) {
                query.setInt(1, netuid);
                query.setTimestamp(2, Timestamp.from(at));
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }
}
