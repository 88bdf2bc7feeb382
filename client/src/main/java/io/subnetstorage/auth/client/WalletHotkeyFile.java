package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A Bittensor wallet's key file as btcli writes it: JSON with {@code secretSeed} (0x + 64 hex),
 * {@code secretPhrase}, {@code publicKey}, {@code ss58Address}. The derived address must match the one
 * written in the file, so a file edited by hand or from another scheme fails here, not at the service.
 */
final class WalletHotkeyFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WalletHotkeyFile() {
    }

    static Sr25519Keypair read(Path file) {
        JsonNode json = parse(file);
        Sr25519Keypair key;
        if (json.hasNonNull("secretSeed")) {
            key = Sr25519Keypair.fromSeedHex(json.get("secretSeed").asText());
        } else if (json.hasNonNull("secretPhrase")) {
            key = Sr25519Keypair.fromMnemonic(json.get("secretPhrase").asText());
        } else {
            throw new ClientException(file + " has neither secretSeed nor secretPhrase");
        }
        Optional<String> written = text(json, "ss58Address");
        if (written.isPresent() && !written.get().equals(key.address())) {
            throw new ClientException(file + ": its secret gives " + key.address() + ", the file says " + written.get());
        }
        return key;
    }

    /** The address in a public key file ({@code coldkeypub.txt}), if the wallet has one. */
    static Optional<String> address(Path file) {
        return Files.isRegularFile(file) ? text(parse(file), "ss58Address") : Optional.empty();
    }

    private static JsonNode parse(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ClientException("cannot read key file " + file + ": " + e.getMessage(), e);
        }
        if (!content.startsWith("{")) {
            // btcli encrypts key files with a password ("$NACL..."); decrypting them is not supported.
            throw new ClientException(file + " is encrypted or not a btcli key file; regenerate the hotkey unencrypted "
                    + "or pass --mnemonic/--seed");
        }
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            throw new ClientException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode json, String field) {
        return Optional.ofNullable(json.get(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }
}
