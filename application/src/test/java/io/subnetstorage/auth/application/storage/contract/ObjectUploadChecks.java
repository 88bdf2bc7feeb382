package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.application.port.out.storage.UploadMethod;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * An object grant uploads exactly its key, with the length and {@code x-amz-meta-*} values it signed, and
 * the store refuses an upload whose length or metadata differs or is missing (SPEC §7, §9).
 */
abstract class ObjectUploadChecks extends PostPolicyChecks {

    static final Map<String, String> METADATA = Map.of("sha256", "ab".repeat(32), "attribution", "a2l0LWF0dHJpYnV0aW9u");

    private StorageLocation uploads;

    private synchronized StorageLocation uploads() {
        if (uploads == null) {
            uploads = newFolder();
        }
        return uploads;
    }

    private ObjectUpload grant(ObjectKey key, int size) {
        return objectUploads().presignObjectUpload(bucket(), key, UploadConstraints.of(OptionalLong.of(size), UploadLimits.DEPLOYED,
                METADATA), TTL);
    }

    @Test
    void anObjectGrantUploadsExactlyItsKeyWithItsMetadata() {
        ObjectKey key = key(uploads(), "job_id=1/exact.bin");
        byte[] content = randomBytes(1500);
        ObjectUpload grant = grant(key, content.length);
        assertEquals(objectUploads().method(), grant.method(), "grants use the method the store declares");
        StoreHttp.Reply sent = Uploads.send(grant, key, content);
        assertTrue(sent.status() / 100 == 2, () -> sent.status() + " " + sent.text());
        StoreHttp.Reply got = fetch(bucket(), key);
        assertEquals(200, got.status(), got.text());
        assertArrayEquals(content, got.body());
        store.objectIo().ifPresent(io -> assertEquals(METADATA, io.head(bucket(), key).orElseThrow().metadata(),
                "the store keeps the signed metadata"));
    }

    @Test
    void aPutGrantListsEverySignedHeader() {
        ObjectKey key = key(uploads(), "job_id=1/headers.bin");
        ObjectUpload grant = grant(key, 2000);
        assumeTrue(grant.method() == UploadMethod.PUT, "a POST grant carries its values as form fields");
        Map<String, String> headers = new LinkedHashMap<>();
        grant.headers().forEach((name, value) -> headers.put(name.toLowerCase(), value));
        assertEquals("2000", headers.get("content-length"));
        assertEquals(UploadConstraints.OCTET_STREAM, headers.get("content-type"));
        METADATA.forEach((name, value) -> assertEquals(value, headers.get("x-amz-meta-" + name), name));
    }

    @Test
    void anObjectGrantRefusesAnotherKey() {
        ObjectKey key = key(uploads(), "job_id=2/mine.bin");
        ObjectKey other = key(uploads(), "job_id=2/other.bin");
        byte[] content = randomBytes(1500);
        ObjectUpload grant = grant(key, content.length);
        StoreHttp.Reply misused = grant.method() == UploadMethod.PUT
                ? StoreHttp.put(ObjectUrlChecks.swapLastSegment(grant.url(), "mine.bin", "other.bin"), grant.headers(), content)
                : StoreHttp.post(grant.url(), StoreHttp.withKey(grant.fields(), other.value()), content);
        assertTrue(misused.refused(), () -> "a grant for " + key + " wrote " + other + ": " + misused.status());
        assertAbsent(bucket(), other);
    }

    @Test
    void anUploadOfAnotherLengthIsRefused() {
        ObjectKey key = key(uploads(), "job_id=3/length.bin");
        StoreHttp.Reply longer = Uploads.send(grant(key, 1500), key, randomBytes(1600));
        assertTrue(longer.refused(), () -> "a 1600-byte upload under a 1500-byte grant: " + longer.status());
        assertAbsent(bucket(), key);
    }

    @Test
    void anUploadWithoutOrWithOtherMetadataIsRefused() {
        ObjectKey key = key(uploads(), "job_id=4/meta.bin");
        byte[] content = randomBytes(1500);
        ObjectUpload grant = grant(key, content.length);
        for (Map.Entry<String, String> change : Map.of("x-amz-meta-sha256", "cd".repeat(32), "x-amz-meta-attribution", "").entrySet()) {
            StoreHttp.Reply reply = grant.method() == UploadMethod.PUT
                    ? StoreHttp.put(grant.url(), edited(grant.headers(), change), content)
                    : StoreHttp.post(grant.url(), edited(StoreHttp.withKey(grant.fields(), key.value()), change), content);
            assertTrue(reply.refused(), () -> change + " was accepted: " + reply.status());
        }
        assertAbsent(bucket(), key);
    }

    /** Sets a header or field to a new value, or removes it when the new value is empty. */
    private static Map<String, String> edited(Map<String, String> values, Map.Entry<String, String> change) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!name.equalsIgnoreCase(change.getKey())) {
                copy.put(name, value);
            } else if (!change.getValue().isEmpty()) {
                copy.put(name, change.getValue());
            }
        });
        return copy;
    }
}
