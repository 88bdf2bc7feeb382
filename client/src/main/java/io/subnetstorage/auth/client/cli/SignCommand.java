package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.CallTarget;
import io.subnetstorage.auth.client.Endpoint;
import io.subnetstorage.auth.client.SignedCall;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sign", description = "Print the commitment, signature and request body for an endpoint, for debugging.")
class SignCommand implements Callable<Integer> {

    @Mixin
    KeyMixin keys;

    @Parameters(index = "0", description = "folder-access, validator-access, miner-specific-access, folder-presigned-urls, "
            + "file-presigned-urls, miner-list or file-upload-url")
    String endpoint;

    @Option(names = "--miner", description = "the miner hotkey, for endpoints that name one")
    String miner;

    @Option(names = "--job", description = "the job id, for file-upload-url")
    String job;

    @Option(names = "--filename", description = "the file name, for file-upload-url")
    String filename;

    @Option(names = "--timestamp", description = "Unix seconds (default: now)")
    Long timestamp;

    @Override
    public Integer call() throws Exception {
        Endpoint target = Endpoint.fromName(endpoint);
        Sr25519Keypair key = keys.hotkey();
        String coldkey = target == Endpoint.FOLDER_ACCESS ? keys.coldkeyFor(key) : null;
        long at = timestamp != null ? timestamp : Instant.now().getEpochSecond();
        SignedCall call = SignedCall.sign(target, key, new CallTarget(coldkey, miner, job, filename), at);
        System.out.println("endpoint:   POST " + target.path());
        System.out.println("commitment: " + call.commitment().text());
        System.out.println("signature:  " + call.signature().hex());
        System.out.println("body:       " + Main.PRETTY.writeValueAsString(call.body()));
        return 0;
    }
}
