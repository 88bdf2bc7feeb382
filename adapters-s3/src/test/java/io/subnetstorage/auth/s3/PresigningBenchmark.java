package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The local work behind one grant: a POST form (miner), a GET URL (validator file), a list URL
 * (one page). No network: the store points at AWS and only signs. Run (from the repository root):
 * <pre>mvn -q -o -pl adapters-s3 test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.subnetstorage.auth.s3.PresigningBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PresigningBenchmark {

    private static final FolderPrefix FOLDER =
            new FolderPrefix("data/hotkey=5F3sa2TJAWMqDhXG6jhV4N8ko9SxwGy8TpaNS1repo5EYjQX/");
    private final S3ObjectStore store = new S3ObjectStore(new S3StoreSettings(Optional.empty(), Optional.empty(),
            "us-east-1", "sn13-data", "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", false),
            Clock.systemUTC());
    private static final BucketName BUCKET = new BucketName("sn13-data");
    private final ObjectKey key = new ObjectKey(FOLDER.value() + "job_id=7/data_20250101_120000_1000.parquet");
    private final ListQuery page = ListQuery.of(FOLDER).withContinuationToken("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=");

    @Benchmark
    public UploadForm postPolicy() {
        return store.folderUploads().orElseThrow().presignFolderUpload(new StorageLocation(BUCKET, FOLDER), UploadLimits.DEPLOYED,
                Instant.now().plus(Duration.ofHours(24)));
    }

    @Benchmark
    public URI getUrl() {
        return store.downloads().orElseThrow().presignGet(BUCKET, key, Duration.ofHours(1));
    }

    @Benchmark
    public URI listUrl() {
        return store.listings().orElseThrow().presignList(BUCKET, page, Duration.ofHours(3));
    }

    @TearDown
    public void close() {
        store.close();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(PresigningBenchmark.class.getSimpleName()).build()).run();
    }
}
