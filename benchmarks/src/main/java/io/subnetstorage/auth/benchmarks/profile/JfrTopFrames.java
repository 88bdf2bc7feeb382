package io.subnetstorage.auth.benchmarks.profile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of a JFR recording fall: the hottest leaf methods (self time), the share of
 * samples by component (the nearest non-JDK frame), and
 * samples by thread group. Usage: {@code java -cp benchmarks.jar ...JfrTopFrames recording.jfr [top]}.
 */
public final class JfrTopFrames {

    /** Package prefixes that name a component of the grant path; first match wins for each frame. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("io.subnetstorage.auth.bittensor.identity", "sr25519 / SS58 (adapters-bittensor)");
        COMPONENTS.put("org.bouncycastle", "sr25519 / SS58 (adapters-bittensor)");
        COMPONENTS.put("io.subnetstorage.auth.s3", "S3 adapter + AWS SDK (presigning, list calls)");
        COMPONENTS.put("software.amazon", "S3 adapter + AWS SDK (presigning, list calls)");
        COMPONENTS.put("io.subnetstorage.auth.redis", "Redis quota + replay (adapters-redis, Lettuce)");
        COMPONENTS.put("io.lettuce", "Redis quota + replay (adapters-redis, Lettuce)");
        COMPONENTS.put("io.subnetstorage.auth.postgres", "PostgreSQL ledger (adapters-postgres, JDBC)");
        COMPONENTS.put("org.postgresql", "PostgreSQL ledger (adapters-postgres, JDBC)");
        COMPONENTS.put("com.zaxxer", "PostgreSQL ledger (adapters-postgres, JDBC)");
        COMPONENTS.put("com.fasterxml", "JSON (Jackson / serde)");
        COMPONENTS.put("io.micronaut.serde", "JSON (Jackson / serde)");
        COMPONENTS.put("io.micronaut.json", "JSON (Jackson / serde)");
        COMPONENTS.put("io.micrometer", "metrics (Micrometer)");
        COMPONENTS.put("io.netty", "Netty I/O");
        COMPONENTS.put("io.micronaut", "Micronaut routing / filters");
        COMPONENTS.put("io.subnetstorage.auth", "service code (domain, application, web)");
    }

    private JfrTopFrames() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        Map<String, Double> totals = new LinkedHashMap<>();
        int cpuLoads = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (event.getEventType().getName()) {
                case "jdk.GarbageCollection" -> totals.merge("GC pauses, ms", event.getDuration("sumOfPauses").toNanos() / 1e6, Double::sum);
                case "jdk.Compilation" -> totals.merge("JIT compilations, ms", event.getDuration().toNanos() / 1e6, Double::sum);
                case "jdk.CPULoad" -> {
                    cpuLoads++;
                    totals.merge("service JVM CPU, % of machine (mean)", 100 * (event.getDouble("jvmUser") + event.getDouble("jvmSystem")), Double::sum);
                    totals.merge("whole machine CPU, % (mean)", 100 * event.getDouble("machineTotal"), Double::sum);
                }
                default -> {
                }
            }
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            component.merge(nearestComponent(frames), 1, Integer::sum);
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("-\\d+-", "-N-").replaceAll("[-#]?\\d+$", ""), 1, Integer::sum);
        }
        System.out.println("execution samples: " + samples);
        for (Map.Entry<String, Double> total : totals.entrySet()) {
            double value = total.getKey().contains("mean") ? total.getValue() / Math.max(1, cpuLoads) : total.getValue();
            System.out.printf("%s: %.1f%n", total.getKey(), value);
        }
        print("component of the nearest non-JDK frame (self time)", component, samples, top);
        print("thread group", threads, samples, top);
        print("leaf method (self)", self, samples, top);
    }

    /**
     * The component of the frame closest to the leaf that is not JDK code: a sample in HashMap.get called
     * by Lettuce is Redis time. Whole-stack (inclusive) shares say little here, because Micronaut's and
     * Micrometer's filters wrap every request.
     */
    private static String nearestComponent(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> entry : COMPONENTS.entrySet()) {
                if (type.startsWith(entry.getKey())) {
                    return entry.getValue();
                }
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return "other library (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
            }
        }
        return "JDK only (no library frame on the stack)";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("\n| " + title + " | samples | share |\n|---|---|---|");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("| `%s` | %d | %.1f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / samples));
    }
}
