package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects per second copied from s3proxy to fakehippius by whole service instances (docs/benchmarks.md, "Mirror
 * copies"). Not part of the suite (surefire runs {@code *Test} classes): {@code scripts/bench-mirror.sh} runs it.
 * Settings: {@code -Dmirror.bench.objects}, {@code .sizes} and {@code .instances} (comma lists), {@code .out}.
 * The time is the ledger's own: from the first object found to the last verified. A warm-up run comes first.
 */
class MirrorThroughputBenchmark {

    static final int MINERS = 10;
    static final Duration DEADLINE = Duration.ofMinutes(30);

    @Test
    void copyABacklog() throws Exception {
        int objects = Integer.getInteger("mirror.bench.objects", 1000);
        Path out = Path.of(System.getProperty("mirror.bench.out", "target/mirror-bench.md"));
        if (!Files.exists(out)) {
            Files.writeString(out, "| objects | size | instances | copy threads | first found to last verified | objects/s | MiB/s | PUTs |"
                    + " CPU ms per object: test JVM / fakehippius / PostgreSQL |\n|---|---|---|---|---|---|---|---|---|\n", StandardCharsets.UTF_8);
        }
        // Not reported: the first contexts of a JVM pay for loading and compiling the code that the runs then share.
        run(200, 4096, 1);
        for (int size : list("mirror.bench.sizes", "4096")) {
            for (int instances : list("mirror.bench.instances", "1,2")) {
                String line = run(objects - objects % MINERS, size, instances);
                System.out.println(line);
                Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }

    private static String run(int objects, int size, int instances) throws Exception {
        MirrorBacklog backlog = new MirrorBacklog(MINERS);
        backlog.seed(objects / MINERS, size);
        try (TestDatabase database = TestDatabase.create(); FakeHippiusServer hippius = FakeHippiusServer.start("mirror-bench")) {
            List<ApplicationContext> running = new ArrayList<>();
            long threads;
            long[] before;
            long[] after;
            try {
                for (int i = 0; i < instances; i++) {
                    running.add(ApplicationContext.run(backlog.instance(database, hippius)));
                }
                // After the start-ups, before the first scan (5 s after a start): the window holds the copies.
                before = cpu(database);
                threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("mirror-hippius-")).count();
                long deadline = System.nanoTime() + DEADLINE.toNanos();
                while (MirrorRows.count(database, "mirror = 'hippius' AND state = 'verified'") < objects) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("not copied within " + DEADLINE);
                    }
                    Thread.sleep(200);
                }
                after = cpu(database);
            } finally {
                running.forEach(ApplicationContext::close);
            }
            long puts = MirrorBacklog.successfulPuts(hippius);
            assertEquals(objects, puts, "one PUT per object");
            double seconds = copySeconds(database);
            return String.format("| %,d | %s | %d | %d | %.1f s | %.0f | %.2f | %,d | %.1f / %.1f / %.1f |", objects,
                    size >= 1 << 20 ? (size >> 20) + " MiB" : (size >> 10) + " KiB", instances, threads, seconds, objects / seconds,
                    objects * (double) size / (1 << 20) / seconds, puts, (after[0] - before[0]) / (double) objects,
                    (after[1] - before[1]) / (double) objects, (after[2] - before[2]) / (double) objects);
        }
    }

    /**
     * CPU ms of this JVM (the service instances, the s3proxy, the polling), of this benchmark's fakehippius, and of
     * the PostgreSQL backends serving its database (not the server's background writers).
     */
    private static long[] cpu(TestDatabase database) {
        return new long[] {ProcessCpu.ownMillis(), ProcessCpu.millis(cmd -> cmd.contains("fakehippius.js") && cmd.contains("mirror-bench")),
                ProcessCpu.millis(cmd -> cmd.startsWith("postgres:") && cmd.contains(database.name()))};
    }

    private static double copySeconds(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); ResultSet row = connection.createStatement().executeQuery(
                "SELECT extract(epoch FROM max(updated_at) - min(discovered_at)) FROM mirror_objects WHERE mirror = 'hippius'")) {
            row.next();
            return row.getDouble(1);
        }
    }

    private static List<Integer> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
