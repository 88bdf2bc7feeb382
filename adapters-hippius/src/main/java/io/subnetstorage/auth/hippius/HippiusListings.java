package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * ListObjectsV2 now (retried within the caller's timeout) and as presigned URLs. Hippius pages hold at most
 * 1000 keys and its continuation tokens are opaque: passed through untouched.
 */
final class HippiusListings implements Listings {

    private final ListUrlSigner signer;
    private final S3Client client;
    private final StoreCalls calls;
    private final StoreDescriptor descriptor;

    HippiusListings(ListUrlSigner signer, S3Client client, StoreCalls calls, StoreDescriptor descriptor) {
        this.signer = signer;
        this.client = client;
        this.calls = calls;
        this.descriptor = descriptor;
    }

    @Override
    public URI presignList(BucketName bucket, ListQuery query, Duration ttl) {
        return signer.sign(bucket, query, descriptor.cap(ttl));
    }

    @Override
    public ListPage list(BucketName bucket, ListQuery query, Duration timeout) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket.value()).prefix(query.prefix().value());
        query.delimiter().ifPresent(request::delimiter);
        query.maxKeys().ifPresent(request::maxKeys);
        query.continuationToken().ifPresent(request::continuationToken);
        ListObjectsV2Response response;
        try {
            response = calls.readWithin("list of " + bucket, timeout,
                    remaining -> client.listObjectsV2(request.overrideConfiguration(c -> c.apiCallTimeout(remaining)).build()));
        } catch (StoreRefused refused) {
            if (refused.reason() == StoreRefused.Reason.NOT_FOUND) {
                // A per-miner bucket is created at the miner's first grant: before that it holds nothing.
                return new ListPage(List.of(), List.of(), Optional.empty());
            }
            // The port promises DependencyUnavailable for a listing that fails; the refusal's reason is in the message.
            throw new DependencyUnavailable(refused.getMessage(), refused);
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
