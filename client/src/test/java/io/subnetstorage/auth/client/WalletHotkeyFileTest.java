package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletHotkeyFileTest {

    /** The mini-secret of the well-known dev phrase, as `subkey inspect` prints it. */
    static final String DEV_SEED = "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e";

    @TempDir
    Path dir;

    static String btcliJson(Sr25519Keypair key, String seed, String phrase) {
        return "{\"accountId\": \"0x" + key.publicKeyHex() + "\", \"publicKey\": \"0x" + key.publicKeyHex() + "\", "
                + "\"secretPhrase\": " + (phrase == null ? "null" : "\"" + phrase + "\"") + ", "
                + "\"secretSeed\": " + (seed == null ? "null" : "\"" + seed + "\"") + ", \"ss58Address\": \"" + key.address() + "\"}";
    }

    @Test
    void theSecretSeedGivesTheSameKeyAsThePhraseItCameFrom() throws IOException {
        Sr25519Keypair fromPhrase = Sr25519Keypair.fromMnemonic(DevKeys.DEV_PHRASE);
        Path file = Files.writeString(dir.resolve("hot"), btcliJson(fromPhrase, DEV_SEED, DevKeys.DEV_PHRASE));

        Sr25519Keypair read = WalletHotkeyFile.read(file);

        assertEquals(fromPhrase.address(), read.address());
        assertEquals("5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV", read.address());
    }

    @Test
    void aFileWithOnlyThePhraseIsReadFromThePhrase() throws IOException {
        Sr25519Keypair fromPhrase = Sr25519Keypair.fromMnemonic(DevKeys.DEV_PHRASE);
        Path file = Files.writeString(dir.resolve("hot"), btcliJson(fromPhrase, null, DevKeys.DEV_PHRASE));

        assertEquals(fromPhrase.address(), WalletHotkeyFile.read(file).address());
    }

    @Test
    void aSecretThatDoesNotGiveTheWrittenAddressIsRefused() throws IOException {
        String json = btcliJson(DevKeys.bob(), DEV_SEED, null);
        Path file = Files.writeString(dir.resolve("hot"), json);

        ClientException refused = assertThrows(ClientException.class, () -> WalletHotkeyFile.read(file));

        assertTrue(refused.getMessage().contains(DevKeys.bob().address()), refused.getMessage());
    }

    @Test
    void encryptedAndSecretlessFilesAreRefusedWithAReason() throws IOException {
        Path encrypted = Files.writeString(dir.resolve("enc"), "$NACL" + "x".repeat(40));
        Path secretless = Files.writeString(dir.resolve("pub"), "{\"ss58Address\": \"" + DevKeys.alice().address() + "\"}");

        assertTrue(assertThrows(ClientException.class, () -> WalletHotkeyFile.read(encrypted)).getMessage().contains("encrypted"));
        assertTrue(assertThrows(ClientException.class, () -> WalletHotkeyFile.read(secretless)).getMessage().contains("secretSeed"));
    }
}
