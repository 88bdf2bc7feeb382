package io.subnetstorage.auth.bootstrap.operator;

import static io.subnetstorage.auth.bootstrap.operator.OperatorClient.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.CapturedLogs;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every request has one id (SPEC §12): the client's sane {@code X-Request-Id} or a new one, sent back, on every log line
 * written while handling the request (on the event loop, on the blocking pool, through System.Logger too), and in the
 * audit trail.
 */
@MicronautTest
class RequestIdEndToEndTest extends ServiceTest {

    private static final String TOKEN = "request-id-token-5d1c";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Sr25519Keypair ALICE = DevKeys.alice();

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.test.logging-probe", "true", "ssa.admin-token", TOKEN);
    }

    private HttpResponse<String> get(String path, Optional<String> requestId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
        requestId.ifPresent(id -> request.header("X-Request-Id", id));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String idOf(HttpResponse<?> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id"));
    }

    @Test
    void aSaneIdIsEchoedAndAnyOtherReplacedByANewOne() throws Exception {
        assertEquals("client-id 42/a:b", idOf(get("/commitment-formats", Optional.of("client-id 42/a:b"))));
        String tooLong = "x".repeat(65);
        String replaced = idOf(get("/commitment-formats", Optional.of(tooLong)));
        assertNotEquals(tooLong, replaced);
        assertEquals(36, replaced.length(), replaced);
        String made = idOf(get("/commitment-formats", Optional.empty()));
        String another = idOf(get("/no-such-path", Optional.empty()));
        assertNotEquals(made, another);
        assertEquals(36, another.length(), "a 404 has its id too");
    }

    @Test
    void everyLineWrittenWhileHandlingARequestCarriesThatRequestsId() throws Exception {
        Set<String> expected = new HashSet<>();
        try (CapturedLogs logs = CapturedLogs.open()) {
            for (int i = 0; i < 12; i++) {
                String id = "req-" + i + "-" + UUID.randomUUID();
                String path = (i % 3 == 0 ? "/logging-probe/loop/" : "/logging-probe/blocking/") + "t" + i;
                assertEquals(200, get(path, Optional.of(id)).statusCode());
                expected.add("t" + i + "=" + id);
            }
            Set<String> seen = new HashSet<>();
            for (CapturedLogs.Line line : logs.lines()) {
                if (!line.logger().startsWith("logging-probe")) {
                    continue;
                }
                String tag = line.message().substring(line.message().indexOf(' ') + 1);
                assertTrue(line.requestId().isPresent(), () -> "no request id on " + line);
                seen.add(tag + "=" + line.requestId().get());
            }
            assertEquals(expected, seen, "each line carries its own request's id, none a stale one");
            assertTrue(logs.lines().stream().anyMatch(line -> line.logger().equals("logging-probe.platform")),
                    "System.Logger lines reach logback");
        }
    }

    @Test
    void theAuditTrailKeepsTheIdTheResponseCarried() throws Exception {
        String id = "audit-" + UUID.randomUUID();
        long timestamp = Instant.now().getEpochSecond();
        String coldkey = OperatorClient.ALICE_COLDKEY;
        String commitment = Commitment.minerFolderAccess(Coldkey.of(coldkey), Hotkey.of(ALICE.address()), timestamp).text();
        String body = new ObjectMapper().writeValueAsString(Map.of("coldkey", coldkey, "hotkey", ALICE.address(),
                "timestamp", timestamp, "signature", ALICE.sign(commitment).hex()));
        HttpResponse<String> granted = HTTP.send(HttpRequest.newBuilder(server.getURI().resolve("/get-folder-access"))
                .header("Content-Type", "application/json").header("X-Request-Id", id)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(id, idOf(granted));

        OperatorClient operator = new OperatorClient(server.getURI());
        List<Object> ids = List.of();
        for (int attempt = 0; attempt < 100 && !ids.contains(id); attempt++) {
            Thread.sleep(100); // the audit trail is written in batches behind the request
            OperatorClient.Answer review = operator.send("GET", "/operator/hotkeys/" + ALICE.address(), bearer(TOKEN), null);
            ids = review.list("audit").stream().map(event -> event.get("request_id")).toList();
        }
        List<Object> found = ids;
        assertTrue(found.contains(id), () -> "audit request ids: " + found);
    }
}
