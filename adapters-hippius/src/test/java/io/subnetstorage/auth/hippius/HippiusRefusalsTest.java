package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.application.port.out.storage.UploadMethod;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Hippius will not take: no POST object (so no folder uploads), keys with discouraged characters or
 * over 1024 bytes, metadata values over 2048 bytes. The service's own writes learn it from the stand-in's
 * 400; presigning refuses up front, so nobody is handed a URL that cannot work.
 */
class HippiusRefusalsTest extends AgainstFakeHippius {

    static final BucketName BUCKET = new BucketName("refusals-bucket");
    static final String FOLDER = "data/hotkey=refusals/job_id=1/";
    private ObjectIo io;

    @Override
    String[] buckets() {
        return new String[] {BUCKET.value()};
    }

    @BeforeEach
    void io() {
        io = store.objectIo().orElseThrow();
    }

    @Test
    void uploadsArePresignedPutsOnlyBecauseHippiusHasNoPostObject() {
        assertTrue(store.folderUploads().isEmpty(), "no POST policies");
        assertEquals(UploadMethod.PUT, store.objectUploads().orElseThrow().method());
    }

    @Test
    void aKeyWithADiscouragedCharacterIsAnInvalidRequest() {
        ObjectKey hashed = new ObjectKey(FOLDER + "a#b.bin");
        StoreRefused byHippius = assertThrows(StoreRefused.class, () -> io.put(BUCKET, hashed, ObjectContent.of(new byte[10], Map.of())));
        assertEquals(StoreRefused.Reason.INVALID_REQUEST, byHippius.reason());
        assertEquals("InvalidArgument", byHippius.code());
        assertEquals(1, hippius.requests().stream().filter(r -> r.operation().equals("PutObject") && r.status() == 400).count());
        assertEquals(StoreRefused.Reason.INVALID_REQUEST, assertThrows(StoreRefused.class, () -> presign(hashed, Map.of())).reason());
    }

    @Test
    void keysAreAtMost1024Bytes() {
        String longest = FOLDER + "x".repeat(ObjectKey.MAX_BYTES - FOLDER.length());
        ObjectKey fits = new ObjectKey(longest);
        assertEquals(1024, fits.value().length());
        assertEquals(10, io.put(BUCKET, fits, ObjectContent.of(new byte[10], Map.of())).size(), "1024 bytes is still a key");
        assertThrows(IllegalArgumentException.class, () -> new ObjectKey(longest + "x"),
                "a 1025-byte key (Hippius's KeyTooLongError) cannot even be named");
    }

    @Test
    void aMetadataValueOver2048BytesIsAnInvalidRequest() {
        ObjectKey key = new ObjectKey(FOLDER + "meta.bin");
        Map<String, String> tooLarge = Map.of("attribution", "a".repeat(2049));
        StoreRefused byHippius = assertThrows(StoreRefused.class, () -> io.put(BUCKET, key, ObjectContent.of(new byte[10], tooLarge)));
        assertEquals(StoreRefused.Reason.INVALID_REQUEST, byHippius.reason());
        assertEquals("MetadataTooLarge", byHippius.code());
        assertEquals(StoreRefused.Reason.INVALID_REQUEST, assertThrows(StoreRefused.class, () -> presign(key, tooLarge)).reason());
        assertEquals(2048, io.put(BUCKET, key, ObjectContent.of(new byte[10], Map.of("attribution", "a".repeat(2048))))
                .metadata().get("attribution").length(), "2048 bytes is the limit, not over it");
    }

    @Test
    void aMissingObjectIsAbsentAndAMissingBucketIsNotFound() {
        ObjectKey key = new ObjectKey(FOLDER + "never-written.bin");
        assertTrue(io.head(BUCKET, key).isEmpty());
        assertTrue(io.get(BUCKET, key).isEmpty());
        StoreRefused refused = assertThrows(StoreRefused.class, () -> io.put(new BucketName("no-such-bucket-here"), key,
                ObjectContent.of(new byte[10], Map.of())));
        assertEquals(StoreRefused.Reason.NOT_FOUND, refused.reason());
    }

    private void presign(ObjectKey key, Map<String, String> metadata) {
        store.objectUploads().orElseThrow().presignObjectUpload(BUCKET, key,
                UploadConstraints.of(OptionalLong.of(2000), UploadLimits.DEPLOYED, metadata), Duration.ofMinutes(5));
    }
}
