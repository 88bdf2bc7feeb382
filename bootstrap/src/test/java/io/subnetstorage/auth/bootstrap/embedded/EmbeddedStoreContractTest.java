package io.subnetstorage.auth.bootstrap.embedded;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The storage contract against the service's own embedded store (s3proxy on the file system, with literal keys),
 * through the S3 adapter the service uses: what a deployment without a configured store gets. A store of its own,
 * with the kit's second bucket made through the S3 API.
 */
class EmbeddedStoreContractTest extends ObjectStoreContract {

    private static final String REGION = "us-east-1";
    private static final LocalCredentials CREDENTIALS = new LocalCredentials("kit-access", "kit-secret-key-0123456789");
    private static final BucketName BUCKET = new BucketName("kit-embedded");
    private static final BucketName SECOND = new BucketName("kit-embedded-two");

    final EmbeddedStore embedded = start();

    private static EmbeddedStore start() {
        try {
            EmbeddedStore started = EmbeddedStore.start(Files.createTempDirectory("ssa-kit-s3"), 0, BUCKET.value(), CREDENTIALS);
            try (S3Client client = S3Client.builder().endpointOverride(started.endpoint()).region(Region.of(REGION))
                    .forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey())))
                    .build()) {
                client.createBucket(request -> request.bucket(SECOND.value()));
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stopEmbedded() throws Exception {
        embedded.close();
    }

    @Override
    protected ObjectStore createStore() {
        return createStoreAt(embedded.endpoint());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return S3ObjectStores.create(new S3StoreSettings(Optional.of(endpoint), Optional.empty(), REGION, BUCKET.value(),
                CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey(), true));
    }

    @Override
    protected BucketName bucket() {
        return BUCKET;
    }

    @Override
    protected BucketName secondBucket() {
        return SECOND;
    }
}
