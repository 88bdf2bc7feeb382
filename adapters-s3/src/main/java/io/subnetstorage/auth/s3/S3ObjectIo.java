package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The service's own object reads and writes through the SDK; large writes go in parts (see {@link MultipartWrite}). */
final class S3ObjectIo implements ObjectIo {

    private final S3Client client;
    private final long multipartThreshold;

    S3ObjectIo(S3Client client, long multipartThreshold) {
        this.client = client;
        this.multipartThreshold = multipartThreshold;
    }

    @Override
    public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
        try {
            HeadObjectResponse head = client.headObject(r -> r.bucket(bucket.value()).key(key.value()));
            return Optional.of(info(head));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception failure) {
            if (failure.statusCode() == 404) {
                return Optional.empty();
            }
            throw S3Errors.map("HEAD " + key, failure);
        } catch (SdkException failure) {
            throw S3Errors.map("HEAD " + key, failure);
        }
    }

    @Override
    public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
        try {
            return Optional.of(client.getObject(r -> r.bucket(bucket.value()).key(key.value())));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (SdkException failure) {
            throw S3Errors.map("GET " + key, failure);
        }
    }

    @Override
    public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
        String expectedEtag;
        try {
            expectedEtag = content.size() > multipartThreshold
                    ? new MultipartWrite(client, multipartThreshold).write(bucket, key, content)
                    : SinglePartWrite.write(client, bucket, key, content);
        } catch (SdkException failure) {
            throw S3Errors.map("PUT " + key, failure);
        } catch (IOException failure) {
            throw new UncheckedIOException("reading the content of " + key, failure);
        }
        ObjectInfo written = head(bucket, key).orElseThrow(() -> new DependencyUnavailable(key + " is missing after its PUT"));
        if (!written.etag().equals(expectedEtag) || written.size() != content.size()) {
            throw new DependencyUnavailable(key + " was stored as " + written.size() + " bytes, ETag " + written.etag()
                    + "; sent " + content.size() + " bytes, ETag " + expectedEtag);
        }
        return written;
    }

    @Override
    public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
        try {
            client.copyObject(r -> r.sourceBucket(fromBucket.value()).sourceKey(from.value())
                    .destinationBucket(toBucket.value()).destinationKey(to.value()).metadataDirective(MetadataDirective.COPY));
        } catch (SdkException failure) {
            throw S3Errors.map("COPY " + from + " to " + to, failure);
        }
        return head(toBucket, to).orElseThrow(() -> new DependencyUnavailable(to + " is missing after its copy"));
    }

    @Override
    public void delete(BucketName bucket, ObjectKey key) {
        try {
            client.deleteObject(r -> r.bucket(bucket.value()).key(key.value()));
        } catch (SdkException failure) {
            throw S3Errors.map("DELETE " + key, failure);
        }
    }

    static ObjectInfo info(HeadObjectResponse head) {
        return new ObjectInfo(head.contentLength(), Objects.toString(head.eTag(), ""),
                Objects.toString(head.contentType(), "application/octet-stream"), head.metadata());
    }
}
