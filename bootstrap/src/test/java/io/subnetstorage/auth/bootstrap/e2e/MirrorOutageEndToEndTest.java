package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.TcpRelay;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Hippius (a mirror) goes away: grants are still served and uploads to S3 still land, the mirror's lag grows and its
 * copy fails with backoff; once Hippius is back the object arrives without anyone stepping in. Hippius is reached
 * through a relay the test cuts (every connection reset), so it comes back on the same address.
 */
@MicronautTest
class MirrorOutageEndToEndTest extends HippiusMirrorTest {

    static final String HIPPIUS_BUCKET = "mirror-outage";
    static final FakeHippiusServer HIPPIUS = FakeHippiusServer.start(HIPPIUS_BUCKET);
    static final TcpRelay RELAY = new TcpRelay(HIPPIUS.endpoint());
    /** The first retry of a failed copy comes 30 s after the failure; room for that and a slow machine. */
    static final Duration RECOVERY = Duration.ofMinutes(3);

    @Override
    protected FakeHippiusServer hippius() {
        return HIPPIUS;
    }

    @Override
    protected String hippiusEndpoint() {
        return RELAY.uri().toString();
    }

    @AfterAll
    static void stop() throws Exception {
        RELAY.close();
        HIPPIUS.close();
    }

    @Test
    void withHippiusGoneGrantsAndS3CarryOnAndTheMirrorCatchesUpOnceItIsBack() throws Exception {
        RELAY.cut();
        Wire wire = wire();
        Wire.Answer grant = wire.post("/get-folder-access", Signer.miner(ALICE, now()));
        assertEquals(200, grant.status(), "a grant while the mirror is down: " + grant.text());
        ObjectKey key = new ObjectKey(Signer.folder(ALICE) + "job_id=" + UUID.randomUUID() + "/during-outage.parquet");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        assertEquals(204, upload(grant, key, bytes).status(), "S3 takes the upload");

        Eventually.until(() -> MirrorRows.describe(database(), "hippius", key) != null
                && MirrorRows.describe(database(), "hippius", key).startsWith("failed attempts 1"),
                () -> "a failed copy attempt; row: " + MirrorRows.describe(database(), "hippius", key));
        Eventually.answer(this::hippiusStatus, status -> Boolean.FALSE.equals(status.get("ok"))
                && ((Number) status.get("lag_objects")).intValue() >= 1, "hippius down and lagging in /healthcheck");
        assertEquals(200, wire.post("/get-folder-access", Signer.miner(ALICE, now())).status(), "grants carry on");

        RELAY.restore();
        until(() -> "verified".equals(MirrorRows.state(database(), "hippius", key)),
                () -> "the copy once Hippius is back; row: " + MirrorRows.describe(database(), "hippius", key));
        try (InputStream in = hippiusIo().get(new BucketName(HIPPIUS_BUCKET), key).orElseThrow()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        Eventually.answer(this::hippiusStatus, status -> Boolean.TRUE.equals(status.get("ok"))
                && Integer.valueOf(0).equals(status.get("lag_objects")), "hippius healthy and caught up");
        String metrics = wire.get("/metrics").text();
        assertEquals(true, metrics.contains("ssa_mirror_failures_total{mirror=\"hippius\",reason=\"mirror_unavailable\"}"), metrics);
    }

    private static StoreHttp.Reply upload(Wire.Answer grant, ObjectKey key, byte[] bytes) {
        @SuppressWarnings("unchecked")
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        fields.put("key", key.value());
        return StoreHttp.post(URI.create(grant.string("url")), fields, bytes);
    }

    /** As {@link Eventually#until}, with room for the copy's first retry. */
    private static void until(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> describe)
            throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + RECOVERY + ": " + describe.get());
            }
            Thread.sleep(100);
        }
    }
}
