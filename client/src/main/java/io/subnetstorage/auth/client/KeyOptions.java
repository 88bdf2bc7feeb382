package io.subnetstorage.auth.client;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a signing key comes from, as {@code btcli} users name it. At most one explicit secret (URI,
 * mnemonic, seed) may be given; without one, the wallet's hotkey file is read, and the wallet defaults
 * to btcli's {@code default}/{@code default} under {@code ~/.bittensor/wallets}.
 */
public record KeyOptions(
        String uri, String mnemonic, String seedHex, String walletName, String walletHotkey, Path walletPath, String coldkey) {

    public static final String DEFAULT_WALLET = "default";

    public static KeyOptions ofUri(String uri) {
        return new KeyOptions(uri, null, null, null, null, null, null);
    }

    public static KeyOptions ofWallet(Path walletPath, String walletName, String walletHotkey) {
        return new KeyOptions(null, null, null, walletName, walletHotkey, walletPath, null);
    }

    public KeyOptions withColdkey(String ss58) {
        return new KeyOptions(uri, mnemonic, seedHex, walletName, walletHotkey, walletPath, ss58);
    }

    Path walletRoot() {
        Path home = Path.of(System.getProperty("user.home"));
        if (walletPath == null) {
            return home.resolve(".bittensor").resolve("wallets");
        }
        // btcli accepts "~/..." even where no shell expanded it (--wallet.path=~/w).
        String text = walletPath.toString();
        return text.equals("~") || text.startsWith("~/") ? home.resolve(text.substring(Math.min(2, text.length()))) : walletPath;
    }

    Path walletDirectory() {
        return walletRoot().resolve(Optional.ofNullable(walletName).orElse(DEFAULT_WALLET));
    }

    Path hotkeyFile() {
        return walletDirectory().resolve("hotkeys").resolve(Optional.ofNullable(walletHotkey).orElse(DEFAULT_WALLET));
    }
}
