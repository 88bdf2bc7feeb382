package io.subnetstorage.auth.application.storage.batch;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.SharedBucketLayout;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store written only in batches, in memory, for showing what the contract kit's batch checks catch. Honest, it
 * is content-addressed like the Hub; {@code overwrites} plants the defect SPEC §10 forbids: other bytes under a
 * key replace what is there.
 */
final class InMemoryBatchStore implements ObjectStore, BatchWrites {

    static final BucketName BUCKET = BucketName.hubRepo("kit/batches");
    static final BucketName SECOND_BUCKET = BucketName.hubRepo("kit/batches-two");

    private final boolean reachable;
    private final boolean overwrites;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    InMemoryBatchStore(boolean reachable, boolean overwrites) {
        this.reachable = reachable;
        this.overwrites = overwrites;
    }

    Optional<byte[]> read(BucketName bucket, ObjectKey key) {
        return Optional.ofNullable(objects.get(bucket + "|" + key)).map(byte[]::clone);
    }

    @Override
    public StoreDescriptor descriptor() {
        return new StoreDescriptor(StoreKind.HUGGINGFACE, "memory", SigningKey.of("memory", "secret"), Duration.ofHours(1),
                URI.create("memory:/"));
    }

    @Override
    public StoreLayout layout() {
        return new SharedBucketLayout(BUCKET);
    }

    @Override
    public StoreHealth health(Duration timeout) {
        return new StoreHealth(reachable, 0, reachable ? Optional.empty() : Optional.of("unreachable"));
    }

    @Override
    public Optional<BatchWrites> batchWrites() {
        return Optional.of(this);
    }

    @Override
    public int maxBatch() {
        return 3;
    }

    @Override
    public List<BatchOutcome> putAll(BucketName bucket, List<BatchItem> items) {
        if (!reachable) {
            throw new DependencyUnavailable("unreachable");
        }
        if (items.size() > maxBatch()) {
            throw new IllegalArgumentException("more than " + maxBatch());
        }
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (BatchItem item : items) {
            byte[] content = bytes(item);
            String at = bucket + "|" + item.key();
            byte[] there = objects.get(at);
            BatchOutcome.Result result;
            if (!sha256(content).equals(item.sha256())) {
                result = BatchOutcome.Result.FAILED;
            } else if (there != null && Arrays.equals(there, content)) {
                result = BatchOutcome.Result.ALREADY_PRESENT;
            } else if (there != null && !overwrites) {
                result = BatchOutcome.Result.CONFLICT;
            } else {
                objects.put(at, content);
                result = BatchOutcome.Result.WRITTEN;
            }
            boolean fine = result == BatchOutcome.Result.WRITTEN || result == BatchOutcome.Result.ALREADY_PRESENT;
            outcomes.add(new BatchOutcome(item.key(), result, fine ? Optional.empty() : Optional.of(result.name())));
        }
        return outcomes;
    }

    private static byte[] bytes(BatchItem item) {
        try (InputStream in = item.content().source().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
