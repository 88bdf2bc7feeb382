package io.subnetstorage.auth.bootstrap.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.OneShotHttp;
import io.subnetstorage.auth.bootstrap.support.Postmasters;
import io.subnetstorage.auth.bootstrap.support.ServiceProcess;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the real service (a child JVM, embedded PostgreSQL and store in a temporary DATA_DIR) ends, and starts again:
 * after SIGKILL the PostgreSQL it started lives on, and the next start must deal with it; on SIGTERM under load it
 * stops accepting, answers every request it accepted, writes its audit trail, and only then closes its parts.
 */
class ServiceStopsCleanlyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Sr25519Keypair ALICE = DevKeys.alice();
    private static final String ALICE_COLDKEY = Sr25519Keypair.fromUri("//Alice//stash").address();
    private static final String ADMIN_TOKEN = "lifecycle-test-token";
    private static final int CLIENTS = 4;
    private static final int GRANTS_BEFORE_STOP = 40;

    /** Deleted after each test, once the PostgreSQL cluster in it is surely stopped. */
    @TempDir
    Path dataDir;

    /** Whatever a failed assertion left running. */
    @AfterEach
    void noPostgresLeftBehind() {
        Postmasters.killLeftover(dataDir.resolve("postgres"));
    }

    @Test
    void aRestartAfterSigkillStopsThePostgresTheKilledJvmLeftBehind() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(dataDir, Map.of())) {
            URI base = first.awaitListening();
            assertEquals("127.0.0.1", base.getHost(), "the development metagraph listens on loopback: " + first.output());
            assertEquals(200, ServiceProcess.get(base, "/healthcheck").orElseThrow().statusCode());
            first.kill();
            assertTrue(Postmasters.running(dataDir.resolve("postgres")).isPresent(),
                    "SIGKILL runs no shutdown hook: the embedded PostgreSQL must still be there for this test to mean anything");
        }
        try (ServiceProcess second = ServiceProcess.start(dataDir, Map.of())) {
            URI base = second.awaitListening();
            HttpResponse<String> health = ServiceProcess.get(base, "/healthcheck").orElseThrow();
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            assertTrue(second.output().contains("left running by an earlier run"), second.output());
            second.terminate();
            assertTrue(Postmasters.running(dataDir.resolve("postgres")).isEmpty(), "SIGTERM stops PostgreSQL:\n" + second.output());
        }
    }

    @Test
    void sigtermUnderLoadAnswersEveryAcceptedRequestAndKeepsTheAuditTrail() throws Exception {
        Map<String, String> env = Map.of("ADMIN_TOKEN", ADMIN_TOKEN, "DAILY_LIMIT_PER_MINER", "1000000",
                "TOTAL_DAILY_LIMIT", "1000000", "SHUTDOWN_GRACE", "60s");
        ConcurrentLinkedQueue<OneShotHttp.Outcome> grants = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<OneShotHttp.Outcome> reads = new ConcurrentLinkedQueue<>();
        String stoppingLog;
        try (ServiceProcess service = ServiceProcess.start(dataDir, env)) {
            URI base = service.awaitListening();
            AtomicBoolean stopped = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                boolean reader = i == 0;
                Thread client = new Thread(() -> {
                    while (!stopped.get()) {
                        if (reader) {
                            reads.add(OneShotHttp.send(base, "GET", "/commitment-formats", Optional.empty()));
                        } else {
                            grants.add(OneShotHttp.send(base, "POST", "/get-folder-access", Optional.of(signedGrantRequest())));
                        }
                    }
                }, "client-" + i);
                client.start();
                clients.add(client);
            }
            awaitGrants(grants, GRANTS_BEFORE_STOP, service);
            service.terminate();
            stopped.set(true);
            for (Thread client : clients) {
                client.join();
            }
            stoppingLog = service.output();
        }
        List<OneShotHttp.Outcome> all = new ArrayList<>(grants);
        all.addAll(reads);
        for (OneShotHttp.Outcome outcome : all) {
            if (outcome.answered()) {
                assertTrue(outcome.complete() && outcome.status() > 0, () -> "a broken answer: " + outcome);
                assertTrue(outcome.status() < 500, () -> "a 5xx while stopping: " + outcome);
            }
        }
        List<OneShotHttp.Outcome> issued = grants.stream().filter(o -> o.status() == 200).toList();
        for (OneShotHttp.Outcome grant : issued) {
            assertTrue(JSON.readTree(grant.body()).hasNonNull("url"), grant::body);
        }
        assertTrue(stoppingLog.lines().noneMatch(l -> l.matches("\\s+at .*") || l.contains("Exception")),
                () -> "a stack trace in the log:\n" + stoppingLog);
        assertTrue(stoppingLog.contains("every in-flight request answered"), stoppingLog);

        // Every grant the clients received is in the ledger and the audit trail, and nothing more: no request was
        // granted without its answer reaching the client, and the audit queue was written before PostgreSQL stopped.
        try (ServiceProcess again = ServiceProcess.start(dataDir, env)) {
            URI base = again.awaitListening();
            var review = JSON.readTree(OneShotHttp.send(base, "GET", "/operator/hotkeys/" + ALICE.address() + "?limit=1000",
                    Optional.empty(), Map.of("Authorization", "Bearer " + ADMIN_TOKEN)).body());
            assertEquals(issued.size(), review.get("recent_grants").size(), review::toString);
            long allowedAudits = 0;
            for (var event : review.get("audit")) {
                allowedAudits += event.get("allowed").asBoolean() ? 1 : 0;
            }
            assertEquals(issued.size(), allowedAudits, review::toString);
            again.terminate();
        }
    }

    private static void awaitGrants(ConcurrentLinkedQueue<OneShotHttp.Outcome> grants, int count, ServiceProcess service)
            throws InterruptedException {
        long deadline = System.nanoTime() + ServiceProcess.START_DEADLINE.toNanos();
        while (grants.stream().filter(o -> o.status() == 200).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " grants: " + grants + "\n" + service.output());
            }
            Thread.sleep(50);
        }
    }

    private static String signedGrantRequest() {
        long timestamp = Instant.now().getEpochSecond();
        String commitment = Commitment.minerFolderAccess(Coldkey.of(ALICE_COLDKEY), Hotkey.of(ALICE.address()), timestamp).text();
        try {
            return JSON.writeValueAsString(Map.of("coldkey", ALICE_COLDKEY, "hotkey", ALICE.address(), "timestamp", timestamp,
                    "signature", ALICE.sign(commitment).hex()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
