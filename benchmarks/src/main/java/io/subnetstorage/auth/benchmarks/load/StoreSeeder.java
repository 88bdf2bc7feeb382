package io.subnetstorage.auth.benchmarks.load;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        ObjectIo io = store.objectIo().orElseThrow();
        BucketName target = new BucketName(bucket);
        ObjectContent body = ObjectContent.of(new byte[1024], java.util.Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        List<Future<?>> uploads = new ArrayList<>();
        try {
            for (Sr25519Keypair miner : keys.miners()) {
                for (int job = 0; job < jobs; job++) {
                    ObjectKey key = new ObjectKey("data/hotkey=" + miner.address() + "/job_id=" + job + "/data_20260101_000000_10.parquet");
                    uploads.add(pool.submit(() -> io.put(target, key, body)));
                }
            }
            for (Future<?> upload : uploads) {
                upload.get();
            }
        } finally {
            pool.shutdownNow();
            store.close();
        }
        return uploads.size();
    }
}
