package io.subnetstorage.auth.benchmarks.profile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of a JFR recording fall: the hottest leaf methods (self time), the share of
 * samples with a frame of each component anywhere on the stack (inclusive, so shares overlap), and
 * samples by thread group. Usage: {@code java -cp benchmarks.jar ...JfrTopFrames recording.jfr [top]}.
 */
public final class JfrTopFrames {

    /** Package prefixes that name a component of the grant path; first match wins for each frame. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("io.subnetstorage.auth.bittensor.identity", "sr25519 / SS58 (adapters-bittensor)");
        COMPONENTS.put("org.bouncycastle", "sr25519 / SS58 (adapters-bittensor)");
        COMPONENTS.put("io.subnetstorage.auth.s3", "S3 presigning (adapters-s3)");
        COMPONENTS.put("software.amazon", "S3 presigning (adapters-s3)");
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
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new LinkedHashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                COMPONENTS.entrySet().stream().filter(c -> type.startsWith(c.getKey())).findFirst()
                        .ifPresent(c -> seen.add(c.getValue()));
            }
            seen.forEach(component -> inclusive.merge(component, 1, Integer::sum));
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "").replaceAll("-\\d+-", "-N-"), 1, Integer::sum);
        }
        System.out.println("samples: " + samples);
        print("component (inclusive, overlapping)", inclusive, samples, top);
        print("thread group", threads, samples, top);
        print("leaf method (self)", self, samples, top);
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
