package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.attribution.RegisteredAttribution;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The newest receipt of each named file of a miner, rebuilt from {@code attributions}. */
final class RegisteredAttributions {

    private RegisteredAttributions() {
    }

    static Map<ObjectKey, RegisteredAttribution> latest(Connection connection, Hotkey miner, Collection<ObjectKey> files)
            throws SQLException {
        Map<ObjectKey, RegisteredAttribution> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT ON (file_path) file_path, message, signature,"
                + " registered_at, store, etag, service_key, service_signature, bound_at IS NOT NULL"
                + " FROM attributions WHERE hotkey = ? AND file_path = ANY (CAST(? AS text[])) AND registered_at IS NOT NULL"
                + " ORDER BY file_path, registered_at DESC")) {
            select.setString(1, miner.value());
            select.setArray(2, connection.createArrayOf("text", files.stream().map(ObjectKey::value).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String message = rows.getString(2);
                    Signature signature = Signature.fromHex(rows.getString(3));
                    Attribution attribution = Attribution.parse(message)
                            .orElseThrow(() -> new SQLException("a stored attribution does not parse: " + message));
                    AttributionReceipt receipt = new AttributionReceipt(message, signature, rows.getString(6), rows.getLong(4),
                            rows.getString(7), Signature.fromHex(rows.getString(8)));
                    found.put(new ObjectKey(rows.getString(1)), new RegisteredAttribution(new SignedAttribution(attribution, signature), receipt,
                            rows.getString(5), rows.getBoolean(9)));
                }
            }
        }
        return found;
    }
}
