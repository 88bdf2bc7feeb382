package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.bootstrap.support.ServiceProcess;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §12: no secret, signature or presigned query string is ever logged. The real service runs in a child JVM with
 * secrets in its settings (admin token, S3 secret, PostgreSQL and Redis passwords, the receipt key) and our own code logging at DEBUG;
 * a whole session runs against it (see {@link GrantSession}); then its entire output, in each LOG_FORMAT, is searched
 * for every secret, every signature sent and every signature, credential and policy given, and for any long hex run.
 */
class NothingSecretIsLoggedEndToEndTest {

    /** sr25519 signatures are 128 hex digits and SigV4 signatures 64: no log line needs a hex run that long. */
    private static final Pattern LONG_HEX = Pattern.compile("[0-9a-fA-F]{64,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path workDir;

    @ParameterizedTest(name = "LOG_FORMAT={0}")
    @ValueSource(strings = {"text", "json"})
    void aWholeSessionLeavesNoSecretInTheLog(String format) throws Exception {
        String adminToken = "admin-" + UUID.randomUUID();
        String redisPassword = "redispw" + UUID.randomUUID().toString().replace("-", "");
        // The receipt key's secret URI: a real database requires one, and it must never be shown.
        String attributionKey = "//LeakCheck" + UUID.randomUUID().toString().replace("-", "");
        List<String> secrets = new ArrayList<>(List.of(adminToken, redisPassword, TestStore.CREDENTIALS.secretAccessKey(), attributionKey));
        String requestId = "leak-check-" + UUID.randomUUID();
        try (TestDatabase database = TestDatabase.create(); PrivateRedis redis = new PrivateRedis(Optional.of(redisPassword))) {
            redis.start();
            Map<String, String> env = new HashMap<>(Map.of("LOG_FORMAT", format, "ADMIN_TOKEN", adminToken,
                    "REDIS_URL", redis.url(), "DATABASE_URL", databaseUrl(database, secrets), "DEV_MODE", "true",
                    "S3_ENDPOINT", TestStore.endpoint().toString(), "S3_BUCKET", TestStore.BUCKET, "S3_REGION", TestStore.REGION,
                    "AWS_ACCESS_KEY_ID", TestStore.CREDENTIALS.accessKeyId(),
                    "AWS_SECRET_ACCESS_KEY", TestStore.CREDENTIALS.secretAccessKey()));
            env.put("ATTRIBUTION_KEY", attributionKey);
            env.put("LOGGER_LEVELS_IO_SUBNETSTORAGE", "DEBUG");
            env.put("SSA_TEST_LOGGING_PROBE", "true");
            GrantSession session;
            String output;
            try (ServiceProcess service = ServiceProcess.start(dataDir, env)) {
                URI base = service.awaitListening();
                session = new GrantSession(base);
                session.run(workDir, adminToken);
                Wire.Answer probe = new Wire(base).get("/logging-probe/blocking/leak-check", Map.of("X-Request-Id", requestId));
                assertEquals(200, probe.status(), probe.text());
                service.terminate();
                output = service.output();
            }
            assertTrue(session.given().size() >= 6, "the session was given signatures and policies: " + session.given());
            assertNothingLeaked(output, secrets, "a configured secret");
            assertNothingLeaked(output, session.sent(), "a signature sent");
            assertNothingLeaked(output, session.given(), "a grant's signature, credential or policy");
            Matcher hex = LONG_HEX.matcher(output);
            assertFalse(hex.find(), () -> "a long hex run in the log: " + hex.group() + "\n" + output);
            assertRequestIdOnTheProbesLine(format, output, requestId);
        }
    }

    private static String databaseUrl(TestDatabase database, List<String> secrets) {
        String url = database.databaseUrl();
        if (url.contains("password=")) {
            return url; // the server wants its own password, which the suite already uses everywhere
        }
        String password = "dbpw" + UUID.randomUUID().toString().replace("-", "");
        secrets.add(password); // trust authentication ignores it, but the service must still not show it
        return url + "&password=" + password;
    }

    private static void assertNothingLeaked(String output, List<String> values, String what) {
        for (String value : values) {
            assertTrue(value.length() >= 8, "too short to search for: " + value);
            assertFalse(output.contains(value), () -> what + " is in the log: " + value + "\n" + output);
        }
    }

    private static void assertRequestIdOnTheProbesLine(String format, String output, String requestId) throws Exception {
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        if (format.equals("text")) {
            assertTrue(lines.stream().anyMatch(line -> line.contains("[" + requestId + "]") && line.endsWith("blocking leak-check")),
                    output);
            return;
        }
        boolean found = false;
        for (String line : lines) {
            Map<?, ?> event = JSON.readValue(line, Map.class);
            assertTrue(event.keySet().containsAll(List.of("time", "level", "logger", "message")), line);
            found |= requestId.equals(event.get("request_id")) && "blocking leak-check".equals(event.get("message"));
        }
        assertTrue(found, "the probe's line carries its request id:\n" + output);
    }
}
