package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "address", description = "Print the hotkey's SS58 address and public key.")
class AddressCommand implements Callable<Integer> {

    @Mixin
    KeyMixin keys;

    @Override
    public Integer call() {
        Sr25519Keypair key = keys.hotkey();
        System.out.println(key.address());
        System.out.println("public key 0x" + key.publicKeyHex());
        return 0;
    }
}
