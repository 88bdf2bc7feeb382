package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store that writes many objects in one operation and must be written that way: the HuggingFace Hub,
 * whose commits are few per hour. Content-addressed: each item's SHA-256 is known before the write (the
 * Hub's LFS protocol asks for it first), and a key already holding other bytes is a conflict, never overwritten.
 */
public interface BatchWrites {

    /** The most items one {@link #putAll} call takes. */
    int maxBatch();

    /** Writes the items, each reported apart; throws {@code DependencyUnavailable} when nothing could be tried. */
    List<BatchOutcome> putAll(BucketName bucket, List<BatchItem> items);

    /** One object to write: its key, bytes (size included) and their SHA-256 in lower-case hex. */
    record BatchItem(ObjectKey key, ObjectContent content, String sha256) {

        public BatchItem {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** What became of one item. */
    record BatchOutcome(ObjectKey key, Result result, Optional<String> error) {

        public enum Result {
            WRITTEN,
            /** The same bytes were already there. */
            ALREADY_PRESENT,
            /** Other bytes are there under this key: left as they are. */
            CONFLICT,
            FAILED
        }

        public BatchOutcome {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(error, "error");
        }
    }
}
