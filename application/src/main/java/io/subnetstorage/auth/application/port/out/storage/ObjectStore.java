package io.subnetstorage.auth.application.port.out.storage;

import java.time.Duration;
import java.util.Optional;

/**
 * One configured store. What it can do is a set of optional capabilities, as in
 * micronaut-object-storage: a store that cannot sign POST policies has no {@link #folderUploads()}, and
 * nothing throws "unsupported" at run time. Presigning is local computation; listing, object I/O, bucket
 * provisioning and {@link #health(Duration)} are real I/O and throw {@code DependencyUnavailable} (retryable) or
 * {@link StoreRefused} (not).
 */
public interface ObjectStore extends AutoCloseable {

    StoreDescriptor descriptor();

    StoreLayout layout();

    /**
     * Probes the store (HEAD bucket or the like), giving up after {@code timeout}. Never throws. The caller
     * chooses the timeout: a health check and a start-up check wait differently.
     */
    StoreHealth health(Duration timeout);

    /** A browser-style POST policy for a whole folder: today's Subnet 46 clients need it. */
    default Optional<FolderUploads> folderUploads() {
        return Optional.empty();
    }

    /** An upload grant for exactly one key, with the headers it signs. */
    default Optional<ObjectUploads> objectUploads() {
        return Optional.empty();
    }

    /** Listing now, and presigned listing URLs for clients. */
    default Optional<Listings> listings() {
        return Optional.empty();
    }

    /** Presigned download URLs. */
    default Optional<Downloads> downloads() {
        return Optional.empty();
    }

    /** Head, get, put, copy and delete, for the service's own jobs (registration, mirrors, migration). */
    default Optional<ObjectIo> objectIo() {
        return Optional.empty();
    }

    /** Many objects in one write, for stores that must be written in batches (the HuggingFace Hub). */
    default Optional<BatchWrites> batchWrites() {
        return Optional.empty();
    }

    /** Whether the store's account can still write, for stores that bill one (Hippius). */
    default Optional<AccountCredit> credit() {
        return Optional.empty();
    }

    /** Releases connection pools; the store is not used afterwards. */
    @Override
    default void close() {
    }

    /** Creating and checking buckets, for stores that give each miner a bucket of its own. */
    default Optional<BucketProvisioning> buckets() {
        return Optional.empty();
    }
}
