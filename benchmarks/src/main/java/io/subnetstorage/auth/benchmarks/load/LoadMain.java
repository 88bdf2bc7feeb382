package io.subnetstorage.auth.benchmarks.load;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load generator's command line, {@code command key=value...}:
 * <ul>
 * <li>{@code metagraph out= miners= validators=} writes the run's METAGRAPH_FILE;</li>
 * <li>{@code seed data-dir= endpoint= bucket= miners= jobs=} fills the embedded store;</li>
 * <li>{@code run url= path= kind=get|miner|validator|folders|file-upload|forged rate=N|max duration= connections= name= out=}
 * runs one step and appends its JSON line to {@code out} ({@code jfr-pid= jfr-file=} record the service meanwhile, {@code jfr-jcmd=} with its JDK's jcmd);</li>
 * <li>{@code ceiling duration= connections=} measures the generator against a trivial in-process responder.</li>
 * </ul>
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String command = args.length > 0 ? args[0] : "help";
        switch (command) {
            case "metagraph" -> MetagraphWriter.write(keys(options), integer(options, "netuid", 46), Path.of(options.get("out")));
            case "seed" -> System.out.println("seeded " + StoreSeeder.seed(Path.of(options.get("data-dir")),
                    URI.create(options.get("endpoint")), options.getOrDefault("bucket", "subnet-storage"), keys(options),
                    integer(options, "jobs", 20)) + " objects");
            case "run" -> report(run(options), options);
            case "ceiling" -> report(ceiling(options), options);
            default -> System.err.println("usage: metagraph|seed|run|ceiling key=value... (see LoadMain's javadoc)");
        }
    }

    private static RunResult run(Map<String, String> options) throws Exception {
        URI url = URI.create(options.get("url"));
        String host = url.getHost() + ":" + url.getPort();
        String path = options.get("path");
        String kind = options.getOrDefault("kind", "get");
        String rate = options.getOrDefault("rate", "max");
        Duration duration = Duration.ofSeconds(integer(options, "duration", 10));
        int connections = integer(options, "connections", 64);
        Requests requests;
        if ("get".equals(kind)) {
            requests = Requests.get(host, path);
        } else {
            int count = "max".equals(rate) ? integer(options, "max-requests", 60_000)
                    : (int) Math.ceil(Double.parseDouble(rate) * duration.toSeconds()) + 1;
            List<String> bodies = SignedBodies.make(kind, keys(options), count);
            requests = Requests.posts(host, path, bodies);
        }
        InetSocketAddress target = new InetSocketAddress(url.getHost(), url.getPort());
        String name = options.getOrDefault("name", path);
        try (Recording recording = Recording.start(options)) {
            if ("max".equals(rate)) {
                return new ClosedLoopRun(target, connections).run(name, requests, duration);
            }
            return new OpenLoopRun(target, connections, Duration.ofSeconds(10)).run(name, requests, Double.parseDouble(rate), duration);
        }
    }

    private static RunResult ceiling(Map<String, String> options) throws Exception {
        try (ServerSocket sink = Sink.start(0)) {
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", sink.getLocalPort());
            Requests requests = Requests.get("127.0.0.1:" + sink.getLocalPort(), "/");
            return new ClosedLoopRun(target, integer(options, "connections", 16))
                    .run("generator ceiling (sink)", requests, Duration.ofSeconds(integer(options, "duration", 10)));
        }
    }

    private static void report(RunResult result, Map<String, String> options) throws Exception {
        System.out.println(result.row());
        if (options.containsKey("out")) {
            Path out = Path.of(options.get("out"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, result.json() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static BenchKeys keys(Map<String, String> options) {
        return BenchKeys.derive(integer(options, "miners", 256), integer(options, "validators", 4));
    }

    private static int integer(Map<String, String> options, String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key)) : fallback;
    }
}
