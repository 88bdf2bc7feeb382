package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchItem;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome.Result;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Batch writes (SPEC §10, the HuggingFace Hub): a batch is written and reads back byte for byte, outcomes in the
 * items' order; the same bytes again are already present; other bytes under a written key are a conflict and the
 * original stays; an item whose SHA-256 is not its bytes fails alone; more than {@code maxBatch()} is refused
 * before anything is written.
 */
abstract class BatchWritesChecks extends PagingChecks {

    @Test
    void aBatchIsWrittenInItsOrderAndReadsBackByteForByte() {
        var batches = batchWrites();
        StorageLocation folder = newFolder();
        List<BatchItem> items = List.of(item(key(folder, "job_id=1/rows.bin"), randomBytes(2048)),
                item(key(folder, "job_id=1/notes.txt"), "plain text\n".getBytes(StandardCharsets.UTF_8)),
                item(key(folder, "job_id=2/tiny.bin"), randomBytes(10)));
        List<BatchOutcome> outcomes = batches.putAll(bucket(), items);
        assertEquals(keys(items), outcomes.stream().map(BatchOutcome::key).toList(), "one outcome per item, in order");
        outcomes.forEach(outcome -> assertEquals(Result.WRITTEN, outcome.result(), outcome::toString));
        items.forEach(item -> assertArrayEquals(bytes(item), readBack(bucket(), item.key()).orElseThrow(), item.key()::value));
    }

    @Test
    void theSameBytesAgainAreAlreadyPresentAndOtherBytesAConflictThatKeepsTheOriginal() {
        var batches = batchWrites();
        StorageLocation folder = newFolder();
        byte[] original = randomBytes(1500);
        BatchItem first = item(key(folder, "job_id=1/kept.bin"), original);
        BatchItem other = item(key(folder, "job_id=1/other.bin"), randomBytes(700));
        assertEquals(List.of(Result.WRITTEN, Result.WRITTEN),
                batches.putAll(bucket(), List.of(first, other)).stream().map(BatchOutcome::result).toList());

        BatchItem fresh = item(key(folder, "job_id=2/new.bin"), randomBytes(300));
        BatchItem same = item(first.key(), original);
        BatchItem changed = item(other.key(), randomBytes(700));
        List<BatchOutcome> outcomes = batches.putAll(bucket(), List.of(fresh, same, changed));
        assertEquals(List.of(Result.WRITTEN, Result.ALREADY_PRESENT, Result.CONFLICT),
                outcomes.stream().map(BatchOutcome::result).toList(), outcomes::toString);
        assertTrue(outcomes.get(2).error().isPresent(), "a conflict says what is there");
        assertArrayEquals(bytes(other), readBack(bucket(), other.key()).orElseThrow(), "never overwritten");
        assertArrayEquals(original, readBack(bucket(), first.key()).orElseThrow());
    }

    @Test
    void anItemWhoseSha256IsNotItsBytesFailsAloneAndIsNotWritten() {
        var batches = batchWrites();
        StorageLocation folder = newFolder();
        byte[] content = randomBytes(900);
        BatchItem lying = new BatchItem(key(folder, "job_id=1/lying.bin"), ObjectContent.of(content, Map.of()),
                sha256(randomBytes(900)));
        BatchItem honest = item(key(folder, "job_id=1/honest.bin"), randomBytes(900));
        List<BatchOutcome> outcomes = batches.putAll(bucket(), List.of(lying, honest));
        assertEquals(Result.FAILED, outcomes.get(0).result(), outcomes::toString);
        assertTrue(outcomes.get(0).error().isPresent());
        assertEquals(Result.WRITTEN, outcomes.get(1).result(), outcomes::toString);
        assertTrue(readBack(bucket(), lying.key()).isEmpty(), "bytes that are not what was declared are not written");
    }

    @Test
    void aFullBatchIsTakenAndOneMoreItemIsRefusedBeforeAnyWrite() {
        var batches = batchWrites();
        StorageLocation folder = newFolder();
        List<BatchItem> full = new ArrayList<>();
        for (int i = 0; i <= batches.maxBatch(); i++) {
            full.add(item(key(folder, "job_id=1/part-" + i + ".bin"), randomBytes(64)));
        }
        assertThrows(IllegalArgumentException.class, () -> batches.putAll(bucket(), full));
        assertTrue(readBack(bucket(), full.get(0).key()).isEmpty(), "a refused batch writes nothing");
        List<BatchOutcome> outcomes = batches.putAll(bucket(), full.subList(0, batches.maxBatch()));
        assertTrue(outcomes.stream().allMatch(outcome -> outcome.result() == Result.WRITTEN), outcomes::toString);
    }

    /** An item with its true size and SHA-256. */
    static BatchItem item(ObjectKey key, byte[] content) {
        return new BatchItem(key, ObjectContent.of(content, Map.of()), sha256(content));
    }

    private static List<ObjectKey> keys(List<BatchItem> items) {
        return items.stream().map(BatchItem::key).toList();
    }

    private static byte[] bytes(BatchItem item) {
        try (var in = item.content().source().open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
