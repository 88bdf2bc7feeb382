package io.subnetstorage.auth.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.testing.NodeStandIn;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HuggingFace mirror of a whole service instance under a backlog (docs/benchmarks.md, "HuggingFace mirror: the
 * service"): small objects put on s3proxy in the folders of {@link #MINERS} miners, copied by the mirror engine to
 * {@code ../shared/tools/fake-hf-hub} (in memory) with {@code HF_MAX_COMMITS_PER_HOUR} raised so the hourly window
 * never waits. Reports files per commit, commits (counted on the Hub: each per-miner repo's log, less its initial
 * commit) and the ledger's time from the first object found to the last verified. Not part of the suite;
 * {@code scripts/bench-hf-mirror.sh} runs it. Settings: {@code -Dhf.bench.objects}, {@code .per-commit} (a comma
 * list of HF_MAX_FILES_PER_COMMIT values), {@code .size}, {@code .out}.
 */
class HfMirrorThroughputBenchmark {

    static final int MINERS = 10;
    static final String TOKEN = "hf_bench_writer";
    static final Duration DEADLINE = Duration.ofMinutes(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void commitABacklog() throws Exception {
        int objects = Integer.getInteger("hf.bench.objects", 10_000);
        int size = Integer.getInteger("hf.bench.size", 2048);
        Path out = Path.of(System.getProperty("hf.bench.out", "target/hf-mirror-bench.md"));
        if (!Files.exists(out)) {
            Files.writeString(out, "| backlog | size | HF_MAX_FILES_PER_COMMIT | commits | files per commit | first found to last verified"
                    + " | files/s | CPU ms per file: test JVM / fake Hub |\n|---|---|---|---|---|---|---|---|\n", StandardCharsets.UTF_8);
        }
        // Not reported: the first context of a JVM pays for loading and compiling the code the runs then share.
        run(500, size, 100);
        for (String perCommit : System.getProperty("hf.bench.per-commit", "100,1000").split(",")) {
            String line = run(objects - objects % MINERS, size, Integer.parseInt(perCommit.trim()));
            System.out.println(line);
            Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private static String run(int objects, int size, int perCommit) throws Exception {
        MirrorBacklog backlog = new MirrorBacklog(MINERS);
        backlog.seed(objects / MINERS, size);
        try (TestDatabase database = TestDatabase.create(); NodeStandIn hub = NodeStandIn.start("fake-hf-hub/fakehf.js",
                folder -> List.of("--token", TOKEN, "--quiet"))) {
            Map<String, Object> properties = backlog.instance(database, Map.of("ssa.hf.token", TOKEN, "ssa.hf.endpoint",
                    hub.endpoint().toString(), "ssa.hf.namespace", "bench", "ssa.hf.max-files-per-commit", String.valueOf(perCommit),
                    "ssa.hf.max-commits-per-hour", "100000", "ssa.stores.mirror-stores", "huggingface"));
            long[] before;
            long[] after;
            long commits = 0;
            try (ApplicationContext instance = ApplicationContext.run(properties)) {
                before = cpu(hub);
                long deadline = System.nanoTime() + DEADLINE.toNanos();
                while (MirrorRows.count(database, "mirror = 'huggingface' AND state = 'verified'") < objects) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("not committed within " + DEADLINE + ": "
                                + MirrorRows.count(database, "mirror = 'huggingface' AND state = 'verified'") + " of " + objects);
                    }
                    Thread.sleep(200);
                }
                after = cpu(hub);
                StoreRegistry stores = instance.getBean(StoreRegistry.class);
                for (Sr25519Keypair miner : backlog.miners()) {
                    String repo = stores.get(StoreKind.HUGGINGFACE).layout().minerFolder(Hotkey.of(miner.address())).bucket().value();
                    commits += commitsAfterTheFirst(hub, repo);
                }
            }
            double seconds = copySeconds(database);
            return String.format("| %,d | %d KiB | %,d | %,d | %.1f | %.1f s | %.0f | %.1f / %.1f |", objects, size >> 10, perCommit,
                    commits, objects / (double) commits, seconds, objects / seconds, (after[0] - before[0]) / (double) objects,
                    (after[1] - before[1]) / (double) objects);
        }
    }

    /** The repo's commits on main, less the one that created it. */
    private static long commitsAfterTheFirst(NodeStandIn hub, String repo) throws Exception {
        HttpResponse<String> log = HTTP.send(HttpRequest.newBuilder(URI.create(hub.endpoint() + "/api/datasets/" + repo + "/commits/main"))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (log.statusCode() != 200) {
            throw new AssertionError("commit log of " + repo + ": " + log.statusCode() + " " + log.body());
        }
        return Long.parseLong(log.headers().firstValue("X-Total-Count").orElseThrow()) - 1;
    }

    /** CPU ms of this JVM (the service instance, the s3proxy, the polling) and of this run's fake Hub. */
    private static long[] cpu(NodeStandIn hub) {
        String folder = hub.folder().toString();
        return new long[] {ProcessCpu.ownMillis(), ProcessCpu.millis(cmd -> cmd.contains("fakehf.js") && cmd.contains(folder))};
    }

    private static double copySeconds(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); ResultSet row = connection.createStatement().executeQuery(
                "SELECT extract(epoch FROM max(updated_at) - min(discovered_at)) FROM mirror_objects WHERE mirror = 'huggingface'")) {
            row.next();
            return row.getDouble(1);
        }
    }
}
