package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A presigned GET URL is good for exactly its key. */
abstract class ObjectUrlChecks extends ObjectUploadChecks {

    @Test
    void presignedGetReturnsTheIdenticalBytes() {
        var downloads = downloads();
        StorageLocation folder = newFolder();
        ObjectKey key = key(folder, "job_id=2/a.bin");
        byte[] content = randomBytes(3000);
        Uploads.one(store, bucket(), key, content);
        StoreHttp.Reply got = StoreHttp.get(downloads.presignGet(bucket(), key, TTL));
        assertEquals(200, got.status(), got.text());
        assertArrayEquals(content, got.body());
    }

    @Test
    void presignedGetForAnotherKeyFails() {
        var downloads = downloads();
        StorageLocation folder = newFolder();
        ObjectKey a = key(folder, "job_id=3/a.bin");
        ObjectKey b = key(folder, "job_id=3/b.bin");
        Uploads.all(store, bucket(), java.util.List.of(a, b), randomBytes(1500));
        StoreHttp.Reply got = StoreHttp.get(swapLastSegment(downloads.presignGet(bucket(), a, TTL), "a.bin", "b.bin"));
        assertTrue(got.refused(), () -> "a URL signed for " + a + " fetched " + b + ": " + got.status());
    }

    /** Rewrites the object name in a URL while keeping its signature, as a curious client would. */
    static URI swapLastSegment(URI url, String from, String to) {
        String raw = url.toString();
        int query = raw.indexOf('?');
        int at = raw.lastIndexOf(from, query < 0 ? raw.length() : query);
        assertNotEquals(-1, at, () -> "no " + from + " in the path of " + raw);
        return URI.create(raw.substring(0, at) + to + raw.substring(at + from.length()));
    }
}
