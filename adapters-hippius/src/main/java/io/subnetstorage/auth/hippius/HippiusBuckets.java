package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Per-miner buckets (SPEC §8). Bucket names are global across Hippius accounts, so "it already exists"
 * proves nothing: the bucket is the service's only if the account's own ListBuckets shows it. A bucket
 * someone else holds is {@code FOREIGN} and never used (an ACL could let the service write into it, and
 * the data would then be theirs).
 */
final class HippiusBuckets implements BucketProvisioning {

    private static final Set<String> EXISTS = Set.of("BucketAlreadyExists", "BucketAlreadyOwnedByYou");

    private final S3Client client;
    private final StoreCalls calls;

    HippiusBuckets(S3Client client, StoreCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public BucketState ensure(BucketName bucket) {
        try {
            calls.write("create bucket " + bucket, () -> client.createBucket(r -> r.bucket(bucket.value())));
            return BucketState.CREATED;
        } catch (StoreRefused refused) {
            if (!EXISTS.contains(refused.code())) {
                throw refused;
            }
        }
        return owned(bucket) ? BucketState.OWNED : BucketState.FOREIGN;
    }

    /** Deletes an empty bucket; one already gone is no error, so a cleanup can run again. */
    @Override
    public void delete(BucketName bucket) {
        try {
            calls.write("delete bucket " + bucket, () -> client.deleteBucket(r -> r.bucket(bucket.value())));
        } catch (StoreRefused refused) {
            if (refused.reason() != StoreRefused.Reason.NOT_FOUND) {
                throw refused;
            }
        }
    }

    private boolean owned(BucketName bucket) {
        return calls.read("list buckets", () -> client.listBucketsPaginator(r -> { }).buckets().stream()
                .map(Bucket::name)
                .anyMatch(bucket.value()::equals));
    }
}
