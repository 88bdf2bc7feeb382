package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.application.port.out.attribution.RegisteredAttribution;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.NonceUse;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * {@code attributions}: one row per (hotkey, nonce), so the primary key makes a nonce single-use across every
 * instance; each write is one statement whose row count says whether the nonce was free for this claim.
 */
@Singleton
class PostgresAttributionRecords implements AttributionRecords {

    private static final String INSERT = "INSERT INTO attributions (hotkey, nonce, file_path, message, signature, %s)"
            + " VALUES (?, ?, ?, ?, ?, %s) ON CONFLICT (hotkey, nonce) DO ";

    private final Transactions transactions;

    PostgresAttributionRecords(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<NonceUse> nonceUse(Hotkey hotkey, Nonce nonce) {
        return transactions.inTransaction("reading an attribution nonce", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT message, signature, settled FROM attributions WHERE hotkey = ? AND nonce = ?")) {
                select.setString(1, hotkey.value());
                select.setString(2, nonce.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new NonceUse(row.getString(1), Signature.fromHex(row.getString(2)), row.getBoolean(3)))
                            : Optional.<NonceUse>empty();
                }
            }
        });
    }

    @Override
    public boolean bindAtUpload(SignedAttribution claim, String store, Instant at) {
        return transactions.inTransaction("binding an attribution", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(String.format(INSERT, "bound_at, bound_store", "?, ?") + "NOTHING")) {
                int p = claim(insert, claim);
                insert.setObject(++p, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(++p, store);
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean register(SignedAttribution claim, AttributionReceipt receipt, String store, Instant at) {
        String sql = String.format(INSERT, "registered_at, store, etag, service_key, service_signature", "?, ?, ?, ?, ?")
                + "UPDATE SET registered_at = EXCLUDED.registered_at, store = EXCLUDED.store, etag = EXCLUDED.etag,"
                + " service_key = EXCLUDED.service_key, service_signature = EXCLUDED.service_signature"
                // The one reuse allowed: this very claim, not yet settled (SPEC §9).
                + " WHERE attributions.message = EXCLUDED.message AND attributions.signature = EXCLUDED.signature"
                + " AND NOT attributions.settled";
        return transactions.inTransaction("registering an attribution", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                int p = claim(upsert, claim);
                upsert.setLong(++p, receipt.registeredAt());
                upsert.setString(++p, store);
                upsert.setString(++p, receipt.etag());
                upsert.setString(++p, receipt.serviceKey());
                upsert.setString(++p, receipt.serviceSignature().hex());
                return upsert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void sidecarWritten(Hotkey hotkey, Nonce nonce) {
        transactions.inTransaction("settling an attribution", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE attributions SET settled = true WHERE hotkey = ? AND nonce = ? AND registered_at IS NOT NULL")) {
                update.setString(1, hotkey.value());
                update.setString(2, nonce.value());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Map<ObjectKey, RegisteredAttribution> latestRegistered(Hotkey miner, Collection<ObjectKey> files) {
        return transactions.inTransaction("reading attribution receipts",
                connection -> RegisteredAttributions.latest(connection, miner, files));
    }

    /** The claim's own columns, in {@link #INSERT}'s order; answers the last parameter index used. */
    private static int claim(PreparedStatement statement, SignedAttribution claim) throws java.sql.SQLException {
        statement.setString(1, claim.attribution().hotkey().value());
        statement.setString(2, claim.attribution().nonce().value());
        statement.setString(3, claim.attribution().file().value());
        statement.setString(4, claim.message());
        statement.setString(5, claim.signature().hex());
        return 5;
    }
}
