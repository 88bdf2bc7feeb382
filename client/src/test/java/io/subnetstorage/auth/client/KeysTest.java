package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {

    @TempDir
    Path wallets;

    private Sr25519Keypair walletKey;

    @BeforeEach
    void writeWallet() throws IOException {
        walletKey = Sr25519Keypair.fromMnemonic(DevKeys.DEV_PHRASE);
        Path hotkeys = Files.createDirectories(wallets.resolve("miner").resolve("hotkeys"));
        Files.writeString(hotkeys.resolve("hk1"), WalletHotkeyFileTest.btcliJson(walletKey, WalletHotkeyFileTest.DEV_SEED, null));
        Files.writeString(wallets.resolve("miner").resolve("coldkeypub.txt"),
                "{\"ss58Address\": \"" + DevKeys.charlie().address() + "\", \"publicKey\": \"0x00\"}");
    }

    @Test
    void withoutAnExplicitSecretTheWalletHotkeyIsUsed() {
        KeyOptions options = KeyOptions.ofWallet(wallets, "miner", "hk1");

        Sr25519Keypair key = Keys.hotkey(options);

        assertEquals(walletKey.address(), key.address());
        assertEquals(DevKeys.charlie().address(), Keys.coldkey(options, key));
    }

    @Test
    void anExplicitSecretWinsOverTheWallet() {
        KeyOptions uri = new KeyOptions("//Bob", null, null, "miner", "hk1", wallets, null);
        KeyOptions seed = new KeyOptions(null, null, "0x" + "11".repeat(32), "miner", "hk1", wallets, null);

        assertEquals(DevKeys.bob().address(), Keys.hotkey(uri).address());
        assertEquals(Sr25519Keypair.fromSeedHex("11".repeat(32)).address(), Keys.hotkey(seed).address());
        // An explicit key does not borrow the wallet's coldkey: it would name another owner.
        assertEquals(DevKeys.bob().address(), Keys.coldkey(uri, Keys.hotkey(uri)));
    }

    @Test
    void anExplicitColdkeyWinsOverColdkeypub() {
        KeyOptions options = KeyOptions.ofWallet(wallets, "miner", "hk1").withColdkey(DevKeys.dave().address());

        assertEquals(DevKeys.dave().address(), Keys.coldkey(options, Keys.hotkey(options)));
    }

    @Test
    void twoExplicitSecretsAreAmbiguous() {
        KeyOptions both = new KeyOptions("//Alice", DevKeys.DEV_PHRASE, null, null, null, wallets, null);

        ClientException refused = assertThrows(ClientException.class, () -> Keys.hotkey(both));

        assertTrue(refused.getMessage().contains("--uri") && refused.getMessage().contains("--mnemonic"), refused.getMessage());
    }

    @Test
    void aMissingWalletNamesTheFileItLookedFor() {
        KeyOptions options = KeyOptions.ofWallet(wallets, null, null);

        ClientException refused = assertThrows(ClientException.class, () -> Keys.hotkey(options));

        assertTrue(refused.getMessage().contains(wallets.resolve("default").resolve("hotkeys").resolve("default").toString()),
                refused.getMessage());
    }

    @Test
    void aTildeWalletPathIsTheHomeFolder() {
        KeyOptions options = KeyOptions.ofWallet(Path.of("~/wallets-x"), "w", "h");

        assertEquals(Path.of(System.getProperty("user.home"), "wallets-x", "w", "hotkeys", "h"), options.hotkeyFile());
    }

    @Test
    void aBadSecretIsAClientError() {
        assertThrows(ClientException.class, () -> Keys.hotkey(new KeyOptions(null, "not a mnemonic", null, null, null, wallets, null)));
    }
}
