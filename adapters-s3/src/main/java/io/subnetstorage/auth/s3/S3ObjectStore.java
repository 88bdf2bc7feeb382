package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.SharedBucketLayout;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AWS S3 or an S3-compatible store with POST policies: every capability, over one shared bucket. Closing
 * it releases the SDK's connection pools.
 */
final class S3ObjectStore implements ObjectStore, AutoCloseable {

    /** SigV4 presigned URLs live at most 7 days. */
    static final Duration MAX_PRESIGN = Duration.ofDays(7);

    private final S3StoreSettings settings;
    private final StoreDescriptor descriptor;
    private final BucketName bucket;
    private final S3Client client;
    private final S3Uploads uploads;
    private final S3Presigning presigning;
    private final S3ObjectIo io;

    S3ObjectStore(S3StoreSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.descriptor = new StoreDescriptor(StoreKind.S3, settings.region(),
                SigningKey.of(settings.accessKeyId(), settings.secretAccessKey()), MAX_PRESIGN, BucketUrls.endpoint(settings));
        this.bucket = new BucketName(settings.bucket());
        this.client = S3Clients.client(settings);
        SigV4 sigV4 = new SigV4(settings.accessKeyId(), settings.secretAccessKey(), settings.region());
        this.uploads = new S3Uploads(new PostPolicySigner(settings, sigV4, clock), clock, descriptor);
        this.presigning = new S3Presigning(new UrlPresigner(settings, sigV4, clock), client, descriptor);
        this.io = new S3ObjectIo(client, settings.multipartThreshold());
    }

    @Override
    public StoreDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public StoreLayout layout() {
        return new SharedBucketLayout(bucket);
    }

    @Override
    public Optional<FolderUploads> folderUploads() {
        return Optional.of(uploads);
    }

    @Override
    public Optional<ObjectUploads> objectUploads() {
        return Optional.of(uploads);
    }

    @Override
    public Optional<Listings> listings() {
        return Optional.of(presigning);
    }

    @Override
    public Optional<Downloads> downloads() {
        return Optional.of(presigning);
    }

    @Override
    public Optional<ObjectIo> objectIo() {
        return Optional.of(io);
    }

    @Override
    public StoreHealth health(Duration timeout) {
        long start = System.nanoTime();
        try {
            client.headBucket(r -> r.bucket(bucket.value()).overrideConfiguration(c -> c.apiCallTimeout(timeout)));
            return new StoreHealth(true, elapsedMillis(start), Optional.empty());
        } catch (RuntimeException e) {
            return new StoreHealth(false, elapsedMillis(start),
                    Optional.of(RedactedUri.scrub(e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    S3StoreSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        client.close();
    }

    private static long elapsedMillis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
