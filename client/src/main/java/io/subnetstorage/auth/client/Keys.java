package io.subnetstorage.auth.client;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.util.ArrayList;
import java.util.List;

/** Loads the signing hotkey and the coldkey address a miner names, from {@link KeyOptions}. */
public final class Keys {

    private Keys() {
    }

    public static Sr25519Keypair hotkey(KeyOptions options) {
        List<String> given = new ArrayList<>();
        if (present(options.uri())) {
            given.add("--uri");
        }
        if (present(options.mnemonic())) {
            given.add("--mnemonic");
        }
        if (present(options.seedHex())) {
            given.add("--seed");
        }
        if (given.size() > 1) {
            // Two secrets give two identities; guessing which one was meant would sign as the wrong hotkey.
            throw new ClientException("give only one of " + String.join(", ", given));
        }
        try {
            if (present(options.uri())) {
                return Sr25519Keypair.fromUri(options.uri());
            }
            if (present(options.mnemonic())) {
                return Sr25519Keypair.fromMnemonic(options.mnemonic().strip());
            }
            if (present(options.seedHex())) {
                return Sr25519Keypair.fromSeedHex(options.seedHex().strip());
            }
        } catch (IllegalArgumentException e) {
            throw new ClientException("invalid key: " + e.getMessage(), e);
        }
        return WalletHotkeyFile.read(options.hotkeyFile());
    }

    /**
     * The coldkey a miner's commitment names: given explicitly, else the wallet's {@code coldkeypub.txt},
     * else the hotkey's own address (the deployed service does not check it; an owner check would refuse it).
     */
    public static String coldkey(KeyOptions options, Sr25519Keypair hotkey) {
        if (present(options.coldkey())) {
            return options.coldkey();
        }
        boolean fromWallet = !present(options.uri()) && !present(options.mnemonic()) && !present(options.seedHex());
        if (fromWallet) {
            var written = WalletHotkeyFile.address(options.walletDirectory().resolve("coldkeypub.txt"));
            if (written.isPresent()) {
                return written.get();
            }
        }
        return hotkey.address();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
