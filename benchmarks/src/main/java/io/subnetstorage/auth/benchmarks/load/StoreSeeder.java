package io.subnetstorage.auth.benchmarks.load;

import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Fills the embedded store with {@code jobs} job folders of one small object for each miner, through
 * the store's own S3 API (presigned PUTs with the credentials the service generated under DATA_DIR),
 * so that /get-folder-presigned-urls walks a realistic bucket.
 */
final class StoreSeeder {

    private static final int IN_FLIGHT = 16;

    private StoreSeeder() {
    }

    static int seed(Path dataDir, URI endpoint, String bucket, BenchKeys keys, int jobs) throws Exception {
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("s3-credentials.properties"))) {
            credentials.load(in);
        }
        ObjectStore store = S3ObjectStores.create(new S3StoreSettings(Optional.of(endpoint), Optional.empty(), "us-east-1",
                bucket, credentials.getProperty("access-key-id"), credentials.getProperty("secret-access-key"), true));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        byte[] body = new byte[1024];
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Integer>> uploads = new ArrayList<>();
        for (Sr25519Keypair miner : keys.miners()) {
            for (int job = 0; job < jobs; job++) {
                ObjectKey key = new ObjectKey("data/hotkey=" + miner.address() + "/job_id=" + job + "/data_20260101_000000_10.parquet");
                HttpRequest put = HttpRequest.newBuilder(store.presignPut(key, Duration.ofHours(1)))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                slots.acquire();
                uploads.add(http.sendAsync(put, HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> slots.release()).thenApply(HttpResponse::statusCode));
            }
        }
        int failed = 0;
        for (CompletableFuture<Integer> upload : uploads) {
            if (upload.join() / 100 != 2) {
                failed++;
            }
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + uploads.size() + " uploads to the embedded store failed");
        }
        return uploads.size();
    }
}
