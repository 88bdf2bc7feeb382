package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceProcess;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §11's crash model: the service is killed with SIGKILL in the middle of a migration and started again on the
 * same database. The restarted service resumes the migration by itself; every object ends verified and in the
 * report, and none that was verified before the kill is written to Hippius a second time (fakehippius's request log).
 */
class MigrationCrashEndToEndTest {

    private static final int OBJECTS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aMigrationKilledMidwayResumesAfterTheRestartWithoutCopyingAnythingVerifiedTwice() throws Exception {
        String miner = MigrationEndToEndTest.miner();
        for (int i = 0; i < OBJECTS; i++) {
            ObjectKey key = MigrationEndToEndTest.key(miner, String.format("f%03d", i));
            TestStore.store().objectIo().orElseThrow().put(TestStore.bucket(), key, ObjectContent.of(MigrationEndToEndTest.bytes(1100, i), Map.of()));
        }
        try (TestDatabase database = TestDatabase.create(); FakeHippiusServer hippius = FakeHippiusServer.start("migration-crash")) {
            Map<String, String> env = env(database, hippius);
            String id;
            Set<String> verifiedBeforeTheKill;
            // Slow enough (about four objects a second) to be killed in the middle.
            env.put("MIGRATION_MAX_REQUESTS_PER_MINUTE", "1200");
            try (ServiceProcess first = ServiceProcess.start(dataDir, env)) {
                Migrations migrations = new Migrations(first.awaitListening());
                id = migrations.started(Map.of("from", "s3", "to", "hippius", "miners", List.of(miner), "batch_size", 4));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (((Number) migrations.get(id).json().getOrDefault("verified", 0)).intValue() < 8) {
                    assertTrue(System.nanoTime() < deadline, "no progress: " + migrations.get(id).text() + "\n" + first.output());
                    Thread.sleep(100);
                }
                first.kill();
                verifiedBeforeTheKill = verified(database, id);
                assertTrue(verifiedBeforeTheKill.size() >= 8 && verifiedBeforeTheKill.size() < OBJECTS,
                        "killed in the middle: " + verifiedBeforeTheKill.size() + " verified");
            }
            env.put("MIGRATION_MAX_REQUESTS_PER_MINUTE", "600000");
            try (ServiceProcess second = ServiceProcess.start(dataDir.resolve("second"), env)) {
                Migrations migrations = new Migrations(second.awaitListening());
                Map<String, Object> done = migrations.await(id, Duration.ofSeconds(90), "done", "failed");
                assertEquals("done", done.get("state"), done + "\n" + second.output());
                assertEquals(OBJECTS, done.get("objects_total"));
                assertEquals(OBJECTS, done.get("verified"), done.toString());
                Map<String, List<String>> report = migrations.report(id);
                assertEquals(OBJECTS, report.size());
                assertTrue(report.values().stream().allMatch(line -> line.get(4).equals("verified")), report.toString());
                second.terminate();
            }
            Map<String, Integer> puts = putsByKey(hippius);
            for (String key : verifiedBeforeTheKill) {
                assertEquals(1, puts.getOrDefault(key, 0), key + " was verified before the kill, so written once: " + puts);
            }
            assertEquals(OBJECTS, puts.size(), "every object written: " + puts);
        }
    }

    private static Map<String, String> env(TestDatabase database, FakeHippiusServer hippius) {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", database.databaseUrl(), "DEV_MODE", "true",
                "S3_ENDPOINT", TestStore.endpoint().toString(), "S3_BUCKET", TestStore.BUCKET, "S3_REGION", TestStore.REGION,
                "AWS_ACCESS_KEY_ID", TestStore.CREDENTIALS.accessKeyId(), "AWS_SECRET_ACCESS_KEY", TestStore.CREDENTIALS.secretAccessKey(),
                "ATTRIBUTION_KEY", ServiceTest.ATTRIBUTION_KEY, "ADMIN_TOKEN", Migrations.TOKEN, "UPLOAD_STORE", "s3"));
        env.put("HIPPIUS_ACCESS_KEY_ID", FakeHippiusServer.KEY);
        env.put("HIPPIUS_SECRET_ACCESS_KEY", FakeHippiusServer.SECRET);
        env.put("HIPPIUS_ENDPOINT", hippius.endpoint().toString());
        env.put("HIPPIUS_BUCKET", "migration-crash");
        return env;
    }

    private static Set<String> verified(TestDatabase database, String id) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT object_key FROM migration_objects WHERE migration = ?::uuid AND state = 'verified'")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    keys.add(row.getString(1));
                }
            }
        }
        return keys;
    }

    /** PutObject requests fakehippius saw, by object key. */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> putsByKey(FakeHippiusServer hippius) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hippius.endpoint() + "/_fake/requests"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Object parsed = JSON.readValue(response.body(), Object.class);
        List<Map<String, Object>> requests = parsed instanceof List<?> list ? (List<Map<String, Object>>) list
                : (List<Map<String, Object>>) ((Map<String, Object>) parsed).get("requests");
        Map<String, Integer> puts = new HashMap<>();
        String prefix = "/migration-crash/";
        for (Map<String, Object> request : requests) {
            String path = URLDecoder.decode(String.valueOf(request.get("path")), StandardCharsets.UTF_8);
            int query = path.indexOf('?');
            path = query < 0 ? path : path.substring(0, query);
            if ("PUT".equals(request.get("method")) && path.startsWith(prefix) && ((Number) request.get("status")).intValue() == 200) {
                puts.merge(path.substring(prefix.length()), 1, Integer::sum);
            }
        }
        return puts;
    }
}
