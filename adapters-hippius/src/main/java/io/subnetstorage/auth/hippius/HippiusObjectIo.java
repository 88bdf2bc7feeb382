package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;

/**
 * The service's own object reads and writes. Hippius never checks a body against a checksum (SPEC §8), so
 * after every write the ETag it reports is compared with the MD5 computed while sending (or the multipart
 * {@code md5(part md5s)-N}): a mismatch is an outage, never a success.
 */
final class HippiusObjectIo implements ObjectIo {

    private static final String APPEND_VERSION = "append-version";

    private final S3Client client;
    private final StoreCalls calls;
    private final long multipartThreshold;

    HippiusObjectIo(S3Client client, StoreCalls calls, long multipartThreshold) {
        this.client = client;
        this.calls = calls;
        this.multipartThreshold = multipartThreshold;
    }

    @Override
    public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
        return absentWhenNotFound(() -> info(calls.read("HEAD " + key, () -> client.headObject(r -> r.bucket(bucket.value()).key(key.value())))));
    }

    @Override
    public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
        return absentWhenNotFound(() -> calls.read("GET " + key, () -> client.getObject(r -> r.bucket(bucket.value()).key(key.value()))));
    }

    @Override
    public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
        String expectedEtag;
        try {
            expectedEtag = content.size() > multipartThreshold
                    ? new MultipartWrite(client, calls, multipartThreshold).write(bucket, key, content)
                    : singlePart(bucket, key, content);
        } catch (IOException failure) {
            throw new UncheckedIOException("reading the content of " + key, failure);
        }
        ObjectInfo written = head(bucket, key).orElseThrow(() -> new DependencyUnavailable(key + " is missing on Hippius after its PUT"));
        if (!written.etag().equals(expectedEtag) || written.size() != content.size()) {
            throw new DependencyUnavailable(key + " was stored on Hippius as " + written.size() + " bytes, ETag " + written.etag()
                    + "; sent " + content.size() + " bytes, ETag " + expectedEtag);
        }
        return written;
    }

    /**
     * One PUT of a body held in memory, as one part of a multipart write is: no larger than the threshold, and
     * the SDK may read it twice (to sign its SHA-256 over http). Answers the ETag Hippius must report.
     */
    private String singlePart(BucketName bucket, ObjectKey key, ObjectContent content) {
        byte[] body;
        try (InputStream in = content.source().open()) {
            body = in.readNBytes((int) content.size());
        } catch (IOException failure) {
            throw new UncheckedIOException("reading the content of " + key, failure);
        }
        calls.write("PUT " + key, () -> client.putObject(r -> r.bucket(bucket.value()).key(key.value()).contentType(content.contentType())
                .metadata(content.metadata()), RequestBody.fromBytes(body)));
        return HexFormat.of().formatHex(Md5.digest().digest(body));
    }

    /** Hippius copies the source's metadata and cannot replace it, which is what a copy between stores wants. */
    @Override
    public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
        calls.write("COPY " + from + " to " + to, () -> client.copyObject(r -> r.sourceBucket(fromBucket.value()).sourceKey(from.value())
                .destinationBucket(toBucket.value()).destinationKey(to.value()).metadataDirective(MetadataDirective.COPY)));
        return head(toBucket, to).orElseThrow(() -> new DependencyUnavailable(to + " is missing on Hippius after its copy"));
    }

    @Override
    public void delete(BucketName bucket, ObjectKey key) {
        calls.write("DELETE " + key, () -> client.deleteObject(r -> r.bucket(bucket.value()).key(key.value())));
    }

    private static <T> Optional<T> absentWhenNotFound(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (StoreRefused refused) {
            if (refused.reason() == StoreRefused.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private static ObjectInfo info(HeadObjectResponse head) {
        Map<String, String> metadata = new TreeMap<>(head.metadata());
        // Hippius's append extension reports its own counter as metadata on every HEAD; nobody wrote it.
        metadata.remove(APPEND_VERSION);
        return new ObjectInfo(head.contentLength(), Objects.toString(head.eTag(), ""),
                Objects.toString(head.contentType(), "application/octet-stream"), metadata);
    }
}
