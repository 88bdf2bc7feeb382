package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchItem;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items of one batch as files for the Hub, and the way back to outcomes in the items' order. Keys are the
 * paths in the repo; an item the Hub could never take (an empty or {@code .git} path segment, a SHA-256 that is
 * not 64 hex digits) is {@code FAILED} here and not sent. Metadata ({@code x-amz-meta-*}) has no place on the Hub
 * and is not kept.
 */
record HubFiles(List<BatchItem> items, Map<Integer, BatchOutcome> refused, List<FileToCommit> toSend) {

    static HubFiles of(List<BatchItem> items) {
        Map<Integer, BatchOutcome> refused = new HashMap<>();
        List<FileToCommit> toSend = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            try {
                toSend.add(new FileToCommit(item.key().value(), item.content().size(), item.sha256(),
                        () -> item.content().source().open()));
            } catch (IllegalArgumentException e) {
                refused.put(i, new BatchOutcome(item.key(), BatchOutcome.Result.FAILED,
                        Optional.of("HuggingFace cannot take this file: " + e.getMessage())));
            }
        }
        return new HubFiles(items, refused, toSend);
    }

    /** One outcome per item, in the items' order: the refusals made here and what the Hub made of the rest. */
    List<BatchOutcome> outcomes(List<FileOutcome> sent) {
        Map<String, FileOutcome> byPath = new HashMap<>();
        sent.forEach(outcome -> byPath.put(outcome.path(), outcome));
        List<BatchOutcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            outcomes.add(refused.containsKey(i) ? refused.get(i) : outcome(item, byPath.get(item.key().value())));
        }
        return outcomes;
    }

    private static BatchOutcome outcome(BatchItem item, FileOutcome file) {
        return switch (file.status()) {
            case COMMITTED -> new BatchOutcome(item.key(), BatchOutcome.Result.WRITTEN, Optional.empty());
            case ALREADY_PRESENT -> new BatchOutcome(item.key(), BatchOutcome.Result.ALREADY_PRESENT, Optional.empty());
            case CONFLICT -> new BatchOutcome(item.key(), BatchOutcome.Result.CONFLICT, Optional.of(file.reason()));
            case FAILED -> new BatchOutcome(item.key(), BatchOutcome.Result.FAILED,
                    Optional.of(file.failure() + ": " + file.reason()));
        };
    }
}
