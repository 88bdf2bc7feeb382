package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.KeyOptions;
import io.subnetstorage.auth.client.Keys;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Key options as btcli names them, plus the explicit secrets a script or a dev network uses. */
class KeyMixin {

    @Option(names = "--uri", description = "Substrate secret URI, e.g. //Alice (development keys are public)")
    String uri;

    @Option(names = "--mnemonic", description = "BIP-39 mnemonic of the hotkey")
    String mnemonic;

    @Option(names = "--seed", description = "hex seed (0x + 64 hex digits) of the hotkey")
    String seed;

    @Option(names = "--wallet.name", description = "wallet name (default: ${DEFAULT-VALUE})", defaultValue = "default")
    String walletName;

    @Option(names = "--wallet.hotkey", description = "hotkey name (default: ${DEFAULT-VALUE})", defaultValue = "default")
    String walletHotkey;

    @Option(names = "--wallet.path", description = "wallets folder (default: ~/.bittensor/wallets)")
    Path walletPath;

    @Option(names = "--coldkey", description = "coldkey address a miner names (default: the wallet's coldkeypub.txt, else the hotkey)")
    String coldkey;

    KeyOptions options() {
        return new KeyOptions(uri, mnemonic, seed, walletName, walletHotkey, walletPath, coldkey);
    }

    Sr25519Keypair hotkey() {
        return Keys.hotkey(options());
    }

    String coldkeyFor(Sr25519Keypair hotkey) {
        return Keys.coldkey(options(), hotkey);
    }
}
