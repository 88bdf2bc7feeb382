package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.MinerRegistry;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Follows the metagraph in one transaction per snapshot: hotkeys in it are active (again, if they had
 * left), active hotkeys missing from it are deregistered. Rows are kept so old grants still name a miner.
 */
@Singleton
class PostgresMinerRegistry implements MinerRegistry {

    static final String LEFT_THE_SUBNET = "left the subnet";

    private static final String UPSERT = "INSERT INTO miners (hotkey, coldkey, uid, status, first_seen, last_seen)"
            + " VALUES (?, ?, ?, 'active', ?, ?) ON CONFLICT (hotkey) DO UPDATE SET coldkey = EXCLUDED.coldkey,"
            + " uid = EXCLUDED.uid, status = 'active', last_seen = EXCLUDED.last_seen,"
            + " deregistered_at = NULL, deregistered_reason = NULL";
    private static final String DEREGISTER = "UPDATE miners SET status = 'deregistered', deregistered_at = ?,"
            + " deregistered_reason = ? WHERE status = 'active' AND NOT (hotkey = ANY (?))";

    private final Jdbc jdbc;

    PostgresMinerRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void reconcile(MetagraphSnapshot snapshot, Instant now) {
        jdbc.inTransaction("reconciling miners with " + snapshot, connection -> {
            upsert(connection, snapshot, now);
            return deregisterMissing(connection, snapshot, now);
        });
    }

    private static void upsert(Connection connection, MetagraphSnapshot snapshot, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Neuron neuron : snapshot.neurons()) {
                upsert.setString(1, neuron.hotkey().value());
                upsert.setString(2, neuron.coldkey().value());
                upsert.setInt(3, neuron.uid());
                upsert.setObject(4, Jdbc.timestamp(now));
                upsert.setObject(5, Jdbc.timestamp(now));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static int deregisterMissing(Connection connection, MetagraphSnapshot snapshot, Instant now)
            throws SQLException {
        String[] present = snapshot.neurons().stream().map(n -> n.hotkey().value()).toArray(String[]::new);
        try (PreparedStatement deregister = connection.prepareStatement(DEREGISTER)) {
            deregister.setObject(1, Jdbc.timestamp(now));
            deregister.setString(2, LEFT_THE_SUBNET);
            deregister.setArray(3, connection.createArrayOf("text", present));
            return deregister.executeUpdate();
        }
    }
}
