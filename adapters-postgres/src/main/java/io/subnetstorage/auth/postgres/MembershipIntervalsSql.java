package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.domain.membership.MembershipInterval;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code miner_membership} in plain SQL: set-wide changes per snapshot and one hotkey's history. */
final class MembershipIntervalsSql {

    private MembershipIntervalsSql() {
    }

    /** Opens a stretch for each present hotkey without one, closes the open stretch of every absent hotkey. */
    static void follow(Connection connection, String[] present, Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement open = connection.prepareStatement("INSERT INTO miner_membership (hotkey, joined_at)"
                + " SELECT hotkey, ? FROM unnest(CAST(? AS text[])) AS present (hotkey)"
                + " WHERE NOT EXISTS (SELECT 1 FROM miner_membership m WHERE m.hotkey = present.hotkey AND m.left_at IS NULL)");
                PreparedStatement close = connection.prepareStatement("UPDATE miner_membership SET left_at = GREATEST(?, joined_at)"
                        + " WHERE left_at IS NULL AND NOT (hotkey = ANY (CAST(? AS text[])))")) {
            open.setObject(1, at);
            open.setArray(2, connection.createArrayOf("text", present));
            open.executeUpdate();
            close.setObject(1, at);
            close.setArray(2, connection.createArrayOf("text", present));
            close.executeUpdate();
        }
    }

    static MembershipIntervals of(Connection connection, String hotkey) throws SQLException {
        List<MembershipInterval> intervals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT joined_at, left_at FROM miner_membership WHERE hotkey = ? ORDER BY joined_at")) {
            select.setString(1, hotkey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime left = rows.getObject(2, OffsetDateTime.class);
                    intervals.add(new MembershipInterval(rows.getObject(1, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(left).map(OffsetDateTime::toInstant)));
                }
            }
        }
        return new MembershipIntervals(intervals);
    }
}
