package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/** Listing (now and presigned) and presigned downloads, in any bucket of the store. */
final class S3Presigning implements Listings, Downloads {

    private final UrlPresigner urls;
    private final S3Client client;
    private final StoreDescriptor descriptor;

    S3Presigning(UrlPresigner urls, S3Client client, StoreDescriptor descriptor) {
        this.urls = urls;
        this.client = client;
        this.descriptor = descriptor;
    }

    @Override
    public URI presignGet(BucketName bucket, ObjectKey key, Duration ttl) {
        return urls.get(bucket, key, descriptor.cap(ttl));
    }

    @Override
    public URI presignList(BucketName bucket, ListQuery query, Duration ttl) {
        return urls.list(bucket, query, descriptor.cap(ttl));
    }

    @Override
    public ListPage list(BucketName bucket, ListQuery query, Duration timeout) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(bucket.value())
                .prefix(query.prefix().value())
                .overrideConfiguration(c -> c.apiCallTimeout(timeout));
        query.delimiter().ifPresent(request::delimiter);
        query.maxKeys().ifPresent(request::maxKeys);
        query.continuationToken().ifPresent(request::continuationToken);
        ListObjectsV2Response response;
        try {
            response = client.listObjectsV2(request.build());
        } catch (SdkException e) {
            throw new DependencyUnavailable("S3 list of " + bucket + " failed: " + RedactedUri.scrub(e.getMessage()), e);
        }
        return new ListPage(
                response.contents().stream()
                        // A key the domain refuses (e.g. with "..") was not written through a grant; skip it.
                        .filter(o -> ObjectKey.isSafe(o.key()))
                        .map(o -> new StoredObject(new ObjectKey(o.key()), o.size(), Objects.toString(o.eTag(), ""), o.lastModified()))
                        .toList(),
                response.commonPrefixes().stream().map(CommonPrefix::prefix).toList(),
                Optional.ofNullable(response.nextContinuationToken()));
    }
}
