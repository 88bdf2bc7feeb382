package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A HuggingFace-like store in memory: written only in batches of at most {@code maxBatch}, one repository
 * (bucket) per miner, content-addressed like the Hub's LFS (the announced SHA-256 must be the bytes'), a key
 * holding other bytes a conflict. {@code down} fails whole batches; {@code failing} fails single keys.
 */
final class MemoryBatchStore implements ObjectStore, BatchWrites {

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<Integer> batchSizes = new ArrayList<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final int maxBatch;
    volatile boolean down;

    MemoryBatchStore(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    @Override
    public StoreDescriptor descriptor() {
        return new StoreDescriptor(StoreKind.HUGGINGFACE, "hub", new SigningKey("hf", "0123abcd"), Duration.ofHours(1), URI.create("memory://hf"));
    }

    @Override
    public StoreLayout layout() {
        return new StoreLayout() {
            @Override
            public StorageLocation minerFolder(Hotkey miner) {
                return new StorageLocation(new BucketName("repo-" + miner.value().substring(0, 12).toLowerCase()), FolderPrefix.ofMiner(miner));
            }

            @Override
            public Optional<StorageLocation> allMiners() {
                return Optional.empty();
            }
        };
    }

    @Override
    public StoreHealth health(Duration timeout) {
        return new StoreHealth(!down, 0, Optional.empty());
    }

    @Override
    public Optional<BatchWrites> batchWrites() {
        return Optional.of(this);
    }

    @Override
    public int maxBatch() {
        return maxBatch;
    }

    @Override
    public synchronized List<BatchOutcome> putAll(BucketName bucket, List<BatchItem> items) {
        if (down) {
            throw new DependencyUnavailable("the Hub is down");
        }
        if (items.size() > maxBatch) {
            throw new IllegalArgumentException("more than " + maxBatch + " items");
        }
        batchSizes.add(items.size());
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (BatchItem item : items) {
            String path = bucket.value() + "/" + item.key().value();
            byte[] bytes = read(item);
            String sha256 = sha256(bytes);
            byte[] there = files.get(path);
            if (failing.contains(item.key().value())) {
                outcomes.add(new BatchOutcome(item.key(), BatchOutcome.Result.FAILED, Optional.of("refused by the fake")));
            } else if (!sha256.equals(item.sha256()) || bytes.length != item.content().size()) {
                outcomes.add(new BatchOutcome(item.key(), BatchOutcome.Result.FAILED, Optional.of("announced SHA-256 or size is wrong")));
            } else if (there == null) {
                files.put(path, bytes);
                outcomes.add(new BatchOutcome(item.key(), BatchOutcome.Result.WRITTEN, Optional.empty()));
            } else if (sha256(there).equals(sha256)) {
                outcomes.add(new BatchOutcome(item.key(), BatchOutcome.Result.ALREADY_PRESENT, Optional.empty()));
            } else {
                outcomes.add(new BatchOutcome(item.key(), BatchOutcome.Result.CONFLICT, Optional.of("other bytes in the repo")));
            }
        }
        return outcomes;
    }

    private static byte[] read(BatchItem item) {
        try (InputStream in = item.content().source().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
