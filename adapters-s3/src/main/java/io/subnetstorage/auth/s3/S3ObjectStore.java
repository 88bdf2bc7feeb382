package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ListPage;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.StoreCapabilities;
import io.subnetstorage.auth.application.port.out.StoreHealth;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.application.port.out.StoredObject;
import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** AWS S3 or an S3-compatible store. Closing it releases the SDK's connection pools. */
final class S3ObjectStore implements ObjectStore, AutoCloseable {

    /** SigV4 presigned URLs live at most 7 days. */
    static final Duration MAX_PRESIGN = Duration.ofDays(7);

    private final S3StoreSettings settings;
    private final Clock clock;
    private final Duration healthTimeout;
    private final StoreCapabilities capabilities =
            new StoreCapabilities(EnumSet.of(UploadMethod.POST_POLICY, UploadMethod.PRESIGNED_PUT), true, MAX_PRESIGN);
    private final PostPolicySigner postSigner;
    private final ListUrlSigner listSigner;
    private final S3Presigner presigner;
    private final S3Client client;

    S3ObjectStore(S3StoreSettings settings, Clock clock, Duration healthTimeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.healthTimeout = healthTimeout;
        this.postSigner = new PostPolicySigner(settings, clock);
        this.listSigner = new ListUrlSigner(settings);
        this.presigner = S3Clients.presigner(settings);
        this.client = S3Clients.client(settings);
    }

    @Override public StoreCapabilities capabilities() { return capabilities; }
    @Override public String backend() { return "s3"; }
    @Override public String bucket() { return settings.bucket(); }
    @Override public String region() { return settings.region(); }
    @Override public String signingKeyId() { return settings.accessKeyId(); }

    @Override
    public UploadForm presignPostPolicy(FolderPrefix folder, UploadLimits limits, Instant expiresAt) {
        Instant latest = clock.instant().plus(MAX_PRESIGN);
        return postSigner.sign(folder, limits, expiresAt.isAfter(latest) ? latest : expiresAt);
    }

    @Override
    public URI presignPut(ObjectKey key, Duration ttl) {
        return URI.create(presigner.presignPutObject(r -> r.signatureDuration(capabilities.cap(ttl))
                .putObjectRequest(p -> p.bucket(settings.bucket()).key(key.value()))).url().toString());
    }

    @Override
    public URI presignGet(ObjectKey key, Duration ttl) {
        return URI.create(presigner.presignGetObject(r -> r.signatureDuration(capabilities.cap(ttl))
                .getObjectRequest(g -> g.bucket(settings.bucket()).key(key.value()))).url().toString());
    }

    @Override
    public URI presignList(ListQuery query, Duration ttl) {
        return listSigner.sign(query, capabilities.cap(ttl));
    }

    @Override
    public ListPage list(ListQuery query, Duration timeout) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(settings.bucket())
                .prefix(query.prefix().value())
                .overrideConfiguration(c -> c.apiCallTimeout(timeout));
        query.delimiter().ifPresent(request::delimiter);
        query.maxKeys().ifPresent(request::maxKeys);
        query.continuationToken().ifPresent(request::continuationToken);
        ListObjectsV2Response response;
        try {
            response = client.listObjectsV2(request.build());
        } catch (SdkException e) {
            throw new DependencyUnavailable("S3 list of " + settings.bucket() + " failed: " + RedactedUri.scrub(e.getMessage()), e);
        }
        return new ListPage(
                response.contents().stream()
                        // A key the domain refuses (e.g. with "..") was not written through a grant; skip it.
                        .filter(o -> ObjectKey.isSafe(o.key()))
                        .map(o -> new StoredObject(new ObjectKey(o.key()), o.size(), Objects.toString(o.eTag(), ""),
                                o.lastModified()))
                        .toList(),
                response.commonPrefixes().stream().map(CommonPrefix::prefix).toList(),
                Optional.ofNullable(response.nextContinuationToken()));
    }

    @Override
    public StoreHealth health() {
        long start = System.nanoTime();
        try {
            client.headBucket(r -> r.bucket(settings.bucket()).overrideConfiguration(c -> c.apiCallTimeout(healthTimeout)));
            return new StoreHealth(true, elapsedMillis(start), Optional.empty());
        } catch (RuntimeException e) {
            return new StoreHealth(false, elapsedMillis(start),
                    Optional.of(RedactedUri.scrub(e.getClass().getSimpleName() + ": " + e.getMessage())));
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
