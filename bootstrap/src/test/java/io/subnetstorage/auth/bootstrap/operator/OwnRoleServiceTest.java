package io.subnetstorage.auth.bootstrap.operator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The whole service on a database login role of its own ({@link ServiceRole}), so that a test can take
 * privileges from it or cut the database off. Quotas are out of the way; a client waits at most 1 s for
 * a connection during an outage.
 */
abstract class OwnRoleServiceTest extends ServiceTest {

    static final Sr25519Keypair ALICE = DevKeys.alice();

    @Inject
    EmbeddedServer server;

    ServiceRole role;

    @Override
    protected Map<String, String> extraProperties() {
        role = ServiceRole.owning(database().name());
        return Map.of("ssa.database-url", role.databaseUrl(database().databaseUrl()), "ssa.limits.per-miner", "100000",
                "ssa.database-connection-timeout", "1s");
    }

    OperatorClient client() {
        return new OperatorClient(server.getURI());
    }
}
