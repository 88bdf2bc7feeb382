package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Migrations from the S3 store (the shared s3proxy) to Hippius (fakehippius) through the operator endpoints, the
 * whole service running: copied with metadata and sidecars, multipart above MULTIPART_THRESHOLD, verified, a
 * corrupted object at the destination found and left, a missing one copied again, a refused key reported, a dry run
 * that writes nothing, out of credit pausing, SlowDown waited out, and a rollback. Each test has miners of its own.
 */
@MicronautTest
class MigrationEndToEndTest extends ServiceTest {

    static final String HIPPIUS_BUCKET = "migration-e2e";
    static final FakeHippiusServer HIPPIUS = FakeHippiusServer.start(HIPPIUS_BUCKET);
    static final long MIB = 1024 * 1024;

    @Inject
    EmbeddedServer server;

    @Inject
    StoreRegistry stores;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(HIPPIUS.properties());
        properties.putAll(Migrations.properties());
        properties.put("ssa.stores.upload-store", "s3");
        properties.put("ssa.uploads.multipart-threshold", "5MiB");
        properties.put("ssa.migration.max-requests-per-minute", "100000");
        return properties;
    }

    @AfterAll
    static void stopHippius() {
        HIPPIUS.close();
    }

    static String miner() {
        return Sr25519Keypair.fromUri("//Migration" + UUID.randomUUID()).address();
    }

    static ObjectKey key(String miner, String name) {
        return new ObjectKey("data/hotkey=" + miner + "/job_id=1/" + name);
    }

    static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String bytesMd5(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
    }

    Migrations migrations() {
        return new Migrations(server.getURI());
    }

    ObjectIo s3() {
        return TestStore.store().objectIo().orElseThrow();
    }

    ObjectIo hippius() {
        return stores.get(StoreKind.HIPPIUS).objectIo().orElseThrow();
    }

    static BucketName hippiusBucket() {
        return new BucketName(HIPPIUS_BUCKET);
    }

    byte[] onHippius(ObjectKey key) throws Exception {
        try (InputStream in = hippius().get(hippiusBucket(), key).orElseThrow(() -> new AssertionError(key + " not on hippius"))) {
            return in.readAllBytes();
        }
    }

    static Map<String, Object> body(String miner, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("from", "s3", "to", "hippius", "miners", List.of(miner), "batch_size", 2));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void everyObjectEndsVerifiedSkippedOrFailedWithItsReasonAndAMissingOneIsCopiedAgain() throws Exception {
        String miner = miner();
        ObjectKey plain = key(miner, "plain.parquet");
        ObjectKey large = key(miner, "large.bin");
        ObjectKey sidecar = new ObjectKey("attribution/hotkey=" + miner + "/job_id=1/plain.parquet.json");
        ObjectKey corrupted = key(miner, "corrupted.bin");
        ObjectKey refused = key(miner, "tilde~name.bin");
        s3().put(TestStore.bucket(), plain, ObjectContent.of(bytes(2048, 1), Map.of("sha256", "ab".repeat(32), "attribution", "bWVzc2FnZQ==")));
        s3().put(TestStore.bucket(), large, ObjectContent.of(bytes((int) (6 * MIB), 2), Map.of()));
        s3().put(TestStore.bucket(), sidecar, ObjectContent.of("{\"receipt\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()));
        s3().put(TestStore.bucket(), corrupted, ObjectContent.of(bytes(1500, 3), Map.of()));
        s3().put(TestStore.bucket(), refused, ObjectContent.of(bytes(1500, 4), Map.of()));
        byte[] damaged = bytes(1500, 3);
        damaged[700] ^= 1;
        hippius().put(hippiusBucket(), corrupted, ObjectContent.of(damaged, Map.of()));

        String id = migrations().started(body(miner));
        Map<String, Object> done = migrations().await(id, Duration.ofSeconds(60), "done", "failed");

        assertEquals("done", done.get("state"), done.toString());
        assertEquals(5, done.get("objects_total"));
        assertEquals(3, done.get("verified"));
        assertEquals(2, done.get("failed"));
        assertEquals(0, done.get("eta_seconds"));
        Map<String, List<String>> report = migrations().report(id);
        assertEquals("verified", report.get(plain.value()).get(4));
        assertEquals("verified", report.get(sidecar.value()).get(4));
        List<String> largeLine = report.get(large.value());
        assertEquals("verified", largeLine.get(4));
        assertTrue(largeLine.get(3).endsWith("-2"), "multipart at 5 MiB: " + largeLine);
        assertEquals(64, largeLine.get(2).length(), "the SHA-256 computed while copying");
        assertTrue(report.get(corrupted.value()).get(5).startsWith("conflict"), report.get(corrupted.value()).toString());
        assertArrayEquals(damaged, onHippius(corrupted), "a different object at the destination is never overwritten");
        assertEquals("failed", report.get(refused.value()).get(4));
        assertTrue(report.get(refused.value()).get(5).contains("InvalidArgument"), "Hippius refuses the key: " + report.get(refused.value()));
        assertEquals(bytesMd5(bytes(1500, 4)), report.get(refused.value()).get(1), "ETags without quotes");
        assertArrayEquals(bytes((int) (6 * MIB), 2), onHippius(large));
        assertEquals(Map.of("sha256", "ab".repeat(32), "attribution", "bWVzc2FnZQ=="),
                hippius().head(hippiusBucket(), plain).orElseThrow().metadata(), "the attribution metadata came along");

        hippius().delete(hippiusBucket(), plain);
        String again = migrations().started(body(miner));
        Map<String, Object> second = migrations().await(again, Duration.ofSeconds(60), "done", "failed");
        assertEquals(1, second.get("verified"), "only the missing one copied: " + second);
        assertEquals(2, second.get("skipped"), second.toString());
        assertArrayEquals(bytes(2048, 1), onHippius(plain));
        assertTrue(((List<?>) migrations().list().json().get("migrations")).size() >= 2);
        Wire.Answer status = new Wire(server.getURI()).get("/status.json");
        assertTrue(((List<?>) status.json().get("migrations")).size() >= 2, "the status page's migrations: " + status.text());
        assertFalse(status.text().contains(miner), "the public status names no hotkey");
    }

    @Test
    void aDryRunWritesNothingAndReportsWhatItWouldDo() {
        String miner = miner();
        ObjectKey fresh = key(miner, "fresh.bin");
        s3().put(TestStore.bucket(), fresh, ObjectContent.of(bytes(1200, 5), Map.of()));

        String id = migrations().started(body(miner, "dry_run", true, "verify", "download"));
        Map<String, Object> done = migrations().await(id, "done", "failed");

        assertEquals("done", done.get("state"));
        assertEquals(true, done.get("dry_run"));
        assertEquals(0, done.get("copied"));
        assertEquals("would_copy", migrations().report(id).get(fresh.value()).get(4));
        assertTrue(hippius().head(hippiusBucket(), fresh).isEmpty(), "nothing written");
        assertEquals(409, migrations().control(id, "rollback").status(), "a dry run has nothing to roll back");
    }

    @Test
    void outOfCreditPausesTheMigrationUntilResumedAndSlowDownIsWaitedOut() {
        String miner = miner();
        for (int i = 0; i < 3; i++) {
            s3().put(TestStore.bucket(), key(miner, "f" + i), ObjectContent.of(bytes(1100, 10 + i), Map.of()));
        }
        HIPPIUS.faults("no-credit match=" + miner);
        try {
            String id = migrations().started(body(miner, "verify", "download"));
            Map<String, Object> paused = migrations().await(id, "paused");
            assertEquals("no_credit", paused.get("reason"));
            assertEquals(0, paused.get("failed"), "nothing failed: it waits for credit");

            HIPPIUS.faults("busy times=2 method=PUT match=" + miner);
            assertEquals(200, migrations().control(id, "resume").status());
            Map<String, Object> done = migrations().await(id, Duration.ofSeconds(60), "done");
            assertEquals(3, done.get("verified"), done.toString());
        } finally {
            HIPPIUS.faults();
        }
    }

    @Test
    void aRollbackDeletesWhatTheMigrationCreatedAndNothingElse() throws Exception {
        String miner = miner();
        ObjectKey copied = key(miner, "copied.bin");
        ObjectKey there = key(miner, "there.bin");
        s3().put(TestStore.bucket(), copied, ObjectContent.of(bytes(1100, 20), Map.of()));
        s3().put(TestStore.bucket(), there, ObjectContent.of(bytes(1100, 21), Map.of()));
        hippius().put(hippiusBucket(), there, ObjectContent.of(bytes(1100, 21), Map.of()));
        String id = migrations().started(body(miner));
        migrations().await(id, "done");

        assertEquals(200, migrations().control(id, "rollback").status());
        Map<String, Object> rolledBack = migrations().await(id, "rolled_back");

        assertEquals("rolled_back", rolledBack.get("state"));
        assertTrue(hippius().head(hippiusBucket(), copied).isEmpty(), "created by the migration: deleted");
        assertArrayEquals(bytes(1100, 21), onHippius(there), "already there: kept");
        assertEquals("rolled_back", migrations().report(id).get(copied.value()).get(4));
        assertEquals("skipped", migrations().report(id).get(there.value()).get(4));
    }

    @Test
    void theCommandLineStartsAMigrationFollowsItToTheEndAndWritesItsReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String miner = miner();
        ObjectKey key = key(miner, "cli.bin");
        s3().put(TestStore.bucket(), key, ObjectContent.of(bytes(1300, 30), Map.of()));
        String[] common = {"--service", server.getURI().toString(), "--admin-token", Migrations.TOKEN, "--poll-seconds", "0.2"};

        int started = io.subnetstorage.auth.client.cli.Main.run(concat(new String[] {"migrate", "start", "--from", "s3", "--to", "hippius",
                "--miners", miner, "--verify", "download"}, common));
        assertEquals(0, started, "followed to done");
        assertArrayEquals(bytes(1300, 30), onHippius(key));
        String id = (String) ((Map<?, ?>) ((List<?>) migrations().list().json().get("migrations")).get(0)).get("id");
        java.nio.file.Path csv = dir.resolve("report.csv");
        assertEquals(0, io.subnetstorage.auth.client.cli.Main.run(concat(new String[] {"migrate", "report", id, "-o", csv.toString()}, common)));
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("key,size,source_etag,sha256,destination_etag,state,error", lines.get(0));
        assertTrue(lines.get(1).startsWith(key.value() + ",1300,"), lines.toString());
        assertEquals(2, io.subnetstorage.auth.client.cli.Main.run("migrate", "status", id, "--service", server.getURI().toString(),
                "--admin-token", "wrong"), "a refused token is an error");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void badRequestsAndCredentialsAreRefusedInTheContractsFormat() {
        Wire.Answer huggingface = migrations().start(Map.of("from", "s3", "to", "huggingface", "miners", "all"));
        assertEquals(400, huggingface.status());
        assertTrue(String.valueOf(huggingface.detail()).contains("huggingface"), huggingface.text());
        assertEquals(400, migrations().start(Map.of("from", "s3", "to", "hippius", "miners", List.of("not-a-hotkey"))).status());
        assertEquals(400, migrations().start(Map.of("from", "s3", "to", "hippius", "miners", "all", "verify", "crc")).status());
        assertEquals(404, migrations().get(UUID.randomUUID().toString()).status());
        Wire.Answer anonymous = new Wire(server.getURI()).get("/operator/migrations", Map.of("Authorization", "Bearer wrong"));
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.detail() instanceof String, anonymous.text());
    }
}
