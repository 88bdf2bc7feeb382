package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.ServiceClient;
import java.net.URI;
import picocli.CommandLine.Option;

/** Where the auth service is; the embedded default listens on port 8000. */
class ServiceMixin {

    @Option(names = "--service", description = "auth service URL (default: $SUBNET_STORAGE_URL or ${DEFAULT-VALUE})",
            defaultValue = "${env:SUBNET_STORAGE_URL:-http://localhost:8000}")
    URI service;

    ServiceClient client(Sr25519Keypair key) {
        return new ServiceClient(service, key);
    }
}
