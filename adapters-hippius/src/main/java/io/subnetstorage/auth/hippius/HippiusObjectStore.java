package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.application.port.out.storage.AccountCredit;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning;
import io.subnetstorage.auth.application.port.out.storage.Downloads;
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
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Hippius's S3 gateway (SPEC §8): presigned PUT (no POST object, so no folder uploads), GET and list; the
 * service's own I/O; the account's credit; and, with per-miner buckets, bucket provisioning. Closing it
 * releases the SDK's connection pools.
 */
final class HippiusObjectStore implements ObjectStore, AutoCloseable {

    /** SigV4 presigned URLs, Hippius's included, live at most 604,800 s. */
    static final Duration MAX_PRESIGN = Duration.ofDays(7);

    private final HippiusSettings settings;
    private final StoreDescriptor descriptor;
    private final StoreLayout layout;
    private final S3Client client;
    private final S3Presigner presigner;
    private final Credit credit = new Credit();
    private final HippiusUrls urls;
    private final HippiusListings listings;
    private final HippiusObjectIo io;
    private final Optional<BucketProvisioning> buckets;

    HippiusObjectStore(HippiusSettings settings, RetryPolicy retries) {
        this.settings = settings;
        this.descriptor = new StoreDescriptor(StoreKind.HIPPIUS, settings.region(),
                SigningKey.of(settings.accessKeyId(), settings.secretAccessKey()), MAX_PRESIGN, settings.clientEndpoint());
        this.client = HippiusSdk.client(settings);
        this.presigner = HippiusSdk.presigner(settings);
        StoreCalls calls = new StoreCalls(retries, credit);
        this.urls = new HippiusUrls(presigner, descriptor);
        this.listings = new HippiusListings(new ListUrlSigner(settings), client, calls, descriptor);
        this.io = new HippiusObjectIo(client, calls, settings.multipartThreshold());
        if (settings.layout() == HippiusSettings.Layout.SHARED) {
            this.layout = new SharedBucketLayout(settings.bucket().orElseThrow());
            this.buckets = Optional.empty();
        } else {
            this.layout = new BucketPerMiner(new MinerBuckets(settings.bucketPrefix(), settings.bucketSalt().orElseThrow()));
            this.buckets = Optional.of(new HippiusBuckets(client, calls));
        }
    }

    @Override
    public StoreDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public StoreLayout layout() {
        return layout;
    }

    @Override
    public Optional<ObjectUploads> objectUploads() {
        return Optional.of(urls);
    }

    @Override
    public Optional<Downloads> downloads() {
        return Optional.of(urls);
    }

    @Override
    public Optional<Listings> listings() {
        return Optional.of(listings);
    }

    @Override
    public Optional<ObjectIo> objectIo() {
        return Optional.of(io);
    }

    @Override
    public Optional<AccountCredit> credit() {
        return Optional.of(credit);
    }

    @Override
    public Optional<BucketProvisioning> buckets() {
        return buckets;
    }

    /** The shared bucket answers a HEAD; with per-miner buckets, the account's bucket list. One try, never thrown. */
    @Override
    public StoreHealth health(Duration timeout) {
        long start = System.nanoTime();
        try {
            if (settings.layout() == HippiusSettings.Layout.SHARED) {
                client.headBucket(r -> r.bucket(settings.bucket().orElseThrow().value())
                        .overrideConfiguration(c -> c.apiCallTimeout(timeout)));
            } else {
                client.listBuckets(r -> r.overrideConfiguration(c -> c.apiCallTimeout(timeout)));
            }
            return new StoreHealth(true, elapsedMillis(start), Optional.empty());
        } catch (RuntimeException e) {
            return new StoreHealth(false, elapsedMillis(start), Optional.of(RedactedUri.scrub(e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    @Override
    public void close() {
        client.close();
        presigner.close();
    }

    private static long elapsedMillis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
