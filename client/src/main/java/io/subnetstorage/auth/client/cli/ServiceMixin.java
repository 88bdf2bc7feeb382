package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.RequestSigning;
import io.subnetstorage.auth.client.ServiceClient;
import java.net.URI;
import picocli.CommandLine.Option;

/** Where the auth service is (the embedded default listens on port 8000), and how requests to it are signed. */
class ServiceMixin {

    @Option(names = "--service", description = "auth service URL (default: $SUBNET_STORAGE_URL or ${DEFAULT-VALUE})",
            defaultValue = "${env:SUBNET_STORAGE_URL:-http://localhost:8000}")
    URI service;

    @Option(names = "--tao-headers", description = "sign with X-Tao v2 headers over the body (as Subnet 13's TaoSigner) "
            + "instead of hotkey, timestamp and signature in the body")
    boolean taoHeaders;

    ServiceClient client(Sr25519Keypair key) {
        return new ServiceClient(service, key).withSigning(taoHeaders ? RequestSigning.TAO_HEADERS : RequestSigning.BODY);
    }
}
