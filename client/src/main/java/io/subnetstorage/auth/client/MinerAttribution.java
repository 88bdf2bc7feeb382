package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A miner's signed claim to a file (SPEC §9): {@code {hotkey}:{key}:{sha256}:{size}:{timestamp}:{nonce}} with a
 * fresh random nonce, signed by the hotkey. Attach {@link #uploadField()} to a per-object upload request
 * (beside {@code size} and {@code sha256}), or register {@link #presented()} after a form upload.
 */
public record MinerAttribution(Attribution attribution, String signature) {

    private static final SecureRandom NONCES = new SecureRandom();

    /** Hashes {@code file} and signs its claim as {@code key}, dated {@code timestamp} (Unix seconds). */
    public static MinerAttribution sign(Sr25519Keypair hotkey, String key, Path file, long timestamp) {
        try {
            long size = Files.size(file);
            byte[] nonce = new byte[16];
            NONCES.nextBytes(nonce);
            Attribution attribution = new Attribution(Hotkey.of(hotkey.address()), new ObjectKey(key), sha256Hex(file), size, timestamp,
                    new Nonce(HexFormat.of().formatHex(nonce)));
            return new MinerAttribution(attribution, hotkey.sign(attribution.message()).hex());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public String key() {
        return attribution.file().value();
    }

    public String message() {
        return attribution.message();
    }

    /** {@code {timestamp, nonce, signature}}, the {@code attribution} of an upload request. */
    public ObjectNode uploadField() {
        ObjectNode field = JsonNodeFactory.instance.objectNode();
        field.put("timestamp", attribution.timestamp());
        field.put("nonce", attribution.nonce().value());
        field.put("signature", signature);
        return field;
    }

    /** {@code {message, signature}}, one entry of {@code /register-attributions}. */
    public ObjectNode presented() {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("message", message());
        entry.put("signature", signature);
        return entry;
    }

    static String sha256Hex(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
