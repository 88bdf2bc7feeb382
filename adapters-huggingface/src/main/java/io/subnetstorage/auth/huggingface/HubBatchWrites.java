package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link #putAll} is one Hub commit of at most {@code HF_MAX_FILES_PER_COMMIT} files, through the
 * {@link HubClient} and its hourly window, into a repo created on first use. Outcomes come in the order of the
 * items. An outage (the Hub down or throttling after the client's retries, or the thread interrupted) throws
 * {@link DependencyUnavailable} for the whole call, so {@code FAILED} only ever means the item itself or the
 * token was refused; nothing is lost by the throw, since a later call finds what landed as already present.
 */
final class HubBatchWrites implements BatchWrites {

    private static final Set<FailureKind> OUTAGES =
            EnumSet.of(FailureKind.UNAVAILABLE, FailureKind.RATE_LIMITED, FailureKind.INTERRUPTED);

    private final HubClient client;
    private final HfSettings settings;
    /** Repos known to exist: per-miner repos are created on their first write, and asked once. */
    private final Set<HfRepoId> ensured = ConcurrentHashMap.newKeySet();

    HubBatchWrites(HubClient client) {
        this.client = client;
        this.settings = client.settings();
    }

    @Override
    public int maxBatch() {
        return settings.maxFilesPerCommit();
    }

    @Override
    public List<BatchOutcome> putAll(BucketName bucket, List<BatchItem> items) {
        HfRepoId repo = HfRepoId.of(bucket);
        if (!repo.namespace().equals(settings.namespace())) {
            throw new IllegalArgumentException("repo " + repo + " is outside HF_NAMESPACE " + settings.namespace());
        }
        if (items.size() > maxBatch()) {
            throw new IllegalArgumentException(items.size() + " items, more than one commit takes (HF_MAX_FILES_PER_COMMIT="
                    + maxBatch() + ")");
        }
        Set<String> keys = new HashSet<>();
        items.forEach(item -> {
            if (!keys.add(item.key().value())) {
                throw new IllegalArgumentException("key listed twice: " + item.key());
            }
        });
        if (items.isEmpty()) {
            return List.of();
        }
        HubFiles files = HubFiles.of(items);
        List<FileOutcome> outcomes = files.toSend().isEmpty() ? List.of() : commit(repo, files.toSend());
        return files.outcomes(outcomes);
    }

    private List<FileOutcome> commit(HfRepoId repo, List<FileToCommit> files) {
        try {
            if (!ensured.contains(repo)) {
                client.ensureRepo(repo);
                ensured.add(repo);
            }
        } catch (HubException e) {
            if (OUTAGES.contains(e.kind())) {
                throw new DependencyUnavailable(e.getMessage(), e);
            }
            return files.stream().map(f -> FileOutcome.failed(f.path(), e.kind(), e.getMessage())).toList();
        }
        List<FileOutcome> outcomes = client.commit(repo, files, "Mirror " + files.size()
                + (files.size() == 1 ? " file" : " files") + " (subnet-storage-auth)");
        for (FileOutcome outcome : outcomes) {
            if (outcome.failure() != null && OUTAGES.contains(outcome.failure())) {
                throw new DependencyUnavailable(outcome.reason());
            }
            if (outcome.failure() == FailureKind.NOT_FOUND) {
                // The repo went away since it was ensured: the next call creates it again.
                ensured.remove(repo);
            }
        }
        return outcomes;
    }
}
