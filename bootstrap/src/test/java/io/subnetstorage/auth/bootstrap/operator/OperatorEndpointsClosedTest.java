package io.subnetstorage.auth.bootstrap.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With neither ADMIN_TOKEN nor OWNER_HOTKEY the operator endpoints are absent, whatever the caller sends. */
@MicronautTest
class OperatorEndpointsClosedTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.admin-token", "", "ssa.operator.owner-hotkey", "");
    }

    @Test
    void everyOperatorEndpointAnswers404() {
        OperatorClient client = new OperatorClient(server.getURI());
        String alice = DevKeys.alice().address();
        Map<String, String> anyToken = OperatorClient.bearer("");
        assertEquals(404, client.send("GET", "/operator/hotkeys/" + alice, anyToken, null).status());
        assertEquals(404, client.send("GET", "/operator/grants?signing_key=e2e-access", Map.of(), null).status());
        assertEquals(404, client.send("DELETE", "/operator/revocations/" + alice,
                OperatorClient.signedBy(DevKeys.ferdie(), "reinstate", alice), null).status());
        OperatorClient.Answer revoke = client.send("POST", "/operator/revocations", OperatorClient.bearer("guess"),
                Map.of("hotkey", alice, "reason", "x"));
        assertEquals(404, revoke.status());
        assertEquals(200, client.folderAccess(DevKeys.alice()).status(), "and nothing was revoked");
    }
}
