package io.subnetstorage.auth.benchmarks.hf;

import io.subnetstorage.auth.huggingface.FileOutcome;
import io.subnetstorage.auth.huggingface.FileStatus;
import io.subnetstorage.auth.huggingface.FileToCommit;
import io.subnetstorage.auth.huggingface.HfRepoId;
import io.subnetstorage.auth.huggingface.HfRepoLayout;
import io.subnetstorage.auth.huggingface.HfSettings;
import io.subnetstorage.auth.huggingface.HubClient;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HuggingFace mirror under a backlog (docs/benchmarks.md, "HuggingFace mirror"): {@code files} small
 * files of {@code min-size} to {@code max-size} bytes named {@code *.ext} ({@code json}: regular files,
 * inlined in the commit; {@code parquet}: LFS files, one PUT each), spooled to a temporary folder as the
 * mirror spools what it copies, committed by {@link HubClient} with {@code per-commit} files a commit and no practical hourly
 * limit, then committed again (the rescan case: every file already there). Only the commit calls are
 * timed; writing the files and hashing them is the copy's cost, not the Hub client's. The client's CPU
 * is the whole JVM's during the first commit call (HTTP threads, JIT and GC included).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.subnetstorage.auth.benchmarks.hf.HfBacklogMain \
 *   endpoint=http://127.0.0.1:PORT token=hf_bench files=10000 per-commit=1000 ext=json</pre>
 */
public final class HfBacklogMain {

    private HfBacklogMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        int count = integer(options, "files", 10_000);
        int perCommit = integer(options, "per-commit", 100);
        int minSize = integer(options, "min-size", 1024);
        int maxSize = integer(options, "max-size", 4096);
        String ext = options.getOrDefault("ext", "json");
        Path spool = Files.createTempDirectory("hf-bench-");
        HfRepoId repo = new HfRepoId("bench", options.getOrDefault("repo", "backlog-" + ext + "-" + perCommit + "-" + System.nanoTime()));
        HfSettings settings = new HfSettings(options.getOrDefault("token", "hf_bench"),
                URI.create(options.get("endpoint")), repo.namespace(), HfRepoLayout.SINGLE, "sn46", repo.name(), true,
                perCommit, 100_000);

        List<FileToCommit> files = spooledFiles(spool, count, minSize, maxSize, ext);
        HubClient client = HubClient.create(settings);
        client.ensureRepo(repo);

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<FileOutcome> first = client.commit(repo, files, "backlog");
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        start = System.nanoTime();
        List<FileOutcome> again = client.commit(repo, files, "rescan");
        double againSeconds = (System.nanoTime() - start) / 1e9;

        Map<FileStatus, Long> firstStatuses = tally(first, FileOutcome::status);
        long commits = first.stream().map(FileOutcome::commitOid).filter(o -> o != null).distinct().count();
        long bytes = files.stream().mapToLong(FileToCommit::size).sum();
        System.out.printf("| %d *.%s, %d-%d B (%.1f MiB) | %d | %d | %.1f s | %.0f files/s | %.1f s | %s | %.1f s, %s |%n",
                count, ext, minSize, maxSize, bytes / 1048576.0, perCommit, commits, firstSeconds, count / firstSeconds,
                cpuSeconds, firstStatuses, againSeconds, tally(again, FileOutcome::status));
        first.stream().filter(o -> o.status() == FileStatus.FAILED).limit(3)
                .forEach(o -> System.out.println("failed: " + o.path() + ": " + o.reason()));
        try (Stream<Path> spooled = Files.list(spool)) {
            for (Path file : (Iterable<Path>) spooled::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(spool);
    }

    /** Random bytes at data/hotkey=.../job_id=.../file, spread over 20 miners' folders of 50 jobs. */
    private static List<FileToCommit> spooledFiles(Path spool, int count, int minSize, int maxSize, String ext)
            throws IOException {
        Random random = new Random(46);
        List<FileToCommit> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[minSize + random.nextInt(maxSize - minSize + 1)];
            random.nextBytes(bytes);
            Path file = Files.write(spool.resolve("f" + i), bytes);
            String path = String.format("data/hotkey=miner%02d/job_id=job%02d/file%05d.%s", i % 20, (i / 20) % 50, i,
                    ext);
            files.add(FileToCommit.of(path, file));
        }
        return files;
    }

    private static <K> Map<K, Long> tally(List<FileOutcome> outcomes, Function<FileOutcome, K> key) {
        return outcomes.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
