package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's own object I/O: what it writes it reads back, with size, MD5 ETag and metadata; copy and delete. */
abstract class ObjectIoChecks extends ObjectUrlChecks {

    private static final Map<String, String> META = Map.of("sha256", "ef".repeat(32));

    @Test
    void putThenHeadAndGetGiveTheBytesTheirMd5AndTheMetadata() throws Exception {
        var io = io();
        ObjectKey key = key(newFolder(), "job_id=1/io.bin");
        byte[] content = randomBytes(4096);
        ObjectInfo written = io.put(bucket(), key, ObjectContent.of(content, META));
        assertEquals(4096, written.size());
        assertEquals(md5Hex(content), written.etag(), "one part: the ETag is the MD5");
        assertEquals(META, written.metadata());
        assertEquals(written, io.head(bucket(), key).orElseThrow());
        assertArrayEquals(content, read(io.get(bucket(), key).orElseThrow()));
    }

    @Test
    void copyKeepsBytesAndMetadataAcrossBuckets() throws Exception {
        var io = io();
        ObjectKey from = key(newFolder(), "job_id=1/source.bin");
        ObjectKey to = key(newFolder(), "job_id=1/copy.bin");
        byte[] content = randomBytes(2048);
        io.put(bucket(), from, ObjectContent.of(content, META));
        ObjectInfo copied = io.copy(bucket(), from, secondBucket(), to);
        assertEquals(META, copied.metadata());
        assertArrayEquals(content, read(io.get(secondBucket(), to).orElseThrow()));
        assertTrue(io.head(bucket(), to).isEmpty(), "the copy is in the bucket it was sent to");
    }

    @Test
    void deleteRemovesTheObjectAndAMissingKeyIsNoError() {
        var io = io();
        ObjectKey key = key(newFolder(), "job_id=1/gone.bin");
        io.put(bucket(), key, ObjectContent.of(randomBytes(10), Map.of()));
        io.delete(bucket(), key);
        assertTrue(io.head(bucket(), key).isEmpty());
        assertTrue(io.get(bucket(), key).isEmpty());
        assertDoesNotThrow(() -> io.delete(bucket(), key));
    }

    @Test
    void aWriteAboveTheMultipartThresholdHasAMultipartEtagAndTheSameBytes() throws Exception {
        var io = io();
        long threshold = assumePresent(multipartThreshold().isPresent() ? java.util.Optional.of(multipartThreshold().getAsLong())
                : java.util.Optional.empty(), "a multipart threshold");
        ObjectKey key = key(newFolder(), "job_id=1/large.bin");
        byte[] content = randomBytes((int) (2 * threshold + 17));
        ObjectInfo written = io.put(bucket(), key, ObjectContent.of(content, META));
        assertTrue(written.etag().endsWith("-3"), () -> "three parts: " + written.etag());
        assertEquals(content.length, written.size());
        assertEquals(META, written.metadata());
        assertArrayEquals(content, read(io.get(bucket(), key).orElseThrow()));
    }

    static String md5Hex(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
