package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import java.time.Duration;
import java.util.Optional;

/**
 * The HuggingFace Hub as a mirror (SPEC §10): it is written in commits ({@link #batchWrites()}) and has no other
 * capability. It signs nothing for clients (no uploads, downloads or listings) and has no S3 object semantics
 * (no MD5 ETag, no {@code x-amz-meta-*}, no overwrite, copy or delete), so it declares no {@code objectIo()}
 * rather than one that throws (ADR 0015).
 */
final class HubObjectStore implements ObjectStore {

    /** The Hub is one service with no regions. */
    static final String REGION = "global";
    /**
     * The store presigns nothing for clients, so this bounds nothing; it is the life of the Hub's own LFS upload
     * URLs, the only URLs in play.
     */
    static final Duration MAX_PRESIGN = Duration.ofHours(1);
    /** Names the variable, never the token: grants and logs show {@code HF_TOKEN:<first 8 hex of its SHA-256>}. */
    static final String TOKEN_ID = "HF_TOKEN";

    private final HubClient client;
    private final StoreDescriptor descriptor;
    private final StoreLayout layout;
    private final HubBatchWrites batches;

    HubObjectStore(HubClient client) {
        HfSettings settings = client.settings();
        this.client = client;
        this.descriptor = new StoreDescriptor(StoreKind.HUGGINGFACE, REGION, SigningKey.of(TOKEN_ID, settings.token()),
                MAX_PRESIGN, settings.endpoint());
        this.layout = new MinerRepos(settings);
        this.batches = new HubBatchWrites(client);
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
    public Optional<BatchWrites> batchWrites() {
        return Optional.of(batches);
    }

    /**
     * Asks {@code whoami-v2} once: the Hub answers and the token is valid and may write. A read token is not
     * healthy: every commit would be refused.
     */
    @Override
    public StoreHealth health(Duration timeout) {
        long start = System.nanoTime();
        try {
            String role = client.tokenRole(timeout);
            Optional<String> problem = "read".equals(role)
                    ? Optional.of("HF_TOKEN is a read token: the mirror needs one that may write")
                    : Optional.empty();
            return new StoreHealth(problem.isEmpty(), elapsedMillis(start), problem);
        } catch (RuntimeException e) {
            return new StoreHealth(false, elapsedMillis(start), Optional.of(String.valueOf(e.getMessage())));
        }
    }

    private static long elapsedMillis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
