package io.subnetstorage.auth.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A backlog for the mirrors to copy: objects put straight into the shared s3proxy in the folders of miners of
 * its own, a metagraph file naming just those miners (so a scan lists nothing else), and the settings of a
 * service instance mirroring the s3proxy to a fakehippius.
 */
final class MirrorBacklog {

    private final List<Sr25519Keypair> miners = new ArrayList<>();

    MirrorBacklog(int miners) {
        for (int i = 0; i < miners; i++) {
            this.miners.add(Sr25519Keypair.fromUri("//MirrorBacklog//" + UUID.randomUUID()));
        }
    }

    /** The miners' hotkeys (SS58). */
    List<String> hotkeys() {
        return miners.stream().map(Sr25519Keypair::address).toList();
    }

    /** {@code perMiner} objects of {@code size} random bytes in every miner's folder, put 8 at a time. */
    void seed(int perMiner, int size) throws Exception {
        ObjectIo s3 = TestStore.store().objectIo().orElseThrow();
        ExecutorService putting = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (Sr25519Keypair miner : miners) {
                for (int i = 0; i < perMiner; i++) {
                    byte[] bytes = new byte[size];
                    new Random(i).nextBytes(bytes);
                    ObjectKey key = new ObjectKey("data/hotkey=" + miner.address() + "/job_id=1/part-" + i + ".parquet");
                    puts.add(putting.submit(() -> s3.put(TestStore.bucket(), key, ObjectContent.of(bytes, Map.of("index", key.fileName())))));
                }
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            putting.shutdownNow();
        }
    }

    /** One service instance's settings: these miners' metagraph, the s3proxy mirrored to {@code hippius}. */
    Map<String, Object> instance(TestDatabase database, FakeHippiusServer hippius) {
        Map<String, String> mirror = new HashMap<>(hippius.properties());
        mirror.put("ssa.stores.mirror-stores", "hippius");
        return instance(database, mirror);
    }

    /** One service instance's settings: these miners' metagraph, the s3proxy as the upload store, and {@code mirror}'s settings. */
    Map<String, Object> instance(TestDatabase database, Map<String, String> mirror) {
        Map<String, Object> properties = new HashMap<>(ServiceTest.testBackends(database));
        properties.put("ssa.chain.metagraph-file", metagraph().toString());
        properties.put("ssa.stores.upload-store", "s3");
        properties.put("ssa.mirror.scan-interval", "1s");
        properties.putAll(mirror);
        return properties;
    }

    List<Sr25519Keypair> miners() {
        return List.copyOf(miners);
    }

    private Path metagraph() {
        List<Map<String, Object>> neurons = new ArrayList<>();
        for (int uid = 0; uid < miners.size(); uid++) {
            neurons.add(Map.of("uid", uid, "hotkey", miners.get(uid).address(), "coldkey", miners.get(uid).address(),
                    "validator_permit", false, "active", true, "stake_rao", "1000000000"));
        }
        try {
            Path file = Files.createTempFile("mirror-metagraph", ".json");
            new ObjectMapper().writeValue(file.toFile(), Map.of("netuid", 46, "neurons", neurons));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUTs fakehippius answered 200 (each copy is one PUT at these sizes). */
    static long successfulPuts(FakeHippiusServer hippius) throws Exception {
        HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(hippius.endpoint() + "/_fake/stats")).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode puts = new ObjectMapper().readTree(stats.body()).path("byOperation").path("PutObject");
        return puts.path("200").asLong();
    }

    /** {@code ssa_mirror_copies_total{mirror="hippius"}} of one instance. */
    static double copies(ApplicationContext instance) {
        Counter counter = instance.getBean(MeterRegistry.class).find("ssa.mirror.copies").tag("mirror", "hippius").counter();
        return counter == null ? 0 : counter.count();
    }
}
