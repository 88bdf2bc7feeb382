package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A presigned GET or PUT URL is good for exactly its key. */
abstract class ObjectUrlChecks extends PostPolicyChecks {

    private final FolderPrefix folder = newFolder();

    @Test
    void presignedGetReturnsTheIdenticalBytes() {
        ObjectKey key = key(folder, "job_id=2/a.bin");
        byte[] content = randomBytes(3000);
        Uploads.one(store, key, content);
        StoreHttp.Reply got = StoreHttp.get(store.presignGet(key, TTL));
        assertEquals(200, got.status(), got.text());
        assertArrayEquals(content, got.body());
    }

    @Test
    void presignedGetForAnotherKeyFails() {
        ObjectKey a = key(folder, "job_id=3/a.bin");
        ObjectKey b = key(folder, "job_id=3/b.bin");
        Uploads.all(store, java.util.List.of(a, b), randomBytes(1500));
        StoreHttp.Reply got = StoreHttp.get(swapLastSegment(store.presignGet(a, TTL), "a.bin", "b.bin"));
        assertTrue(got.refused(), () -> "a URL signed for " + a + " fetched " + b + ": " + got.status());
    }

    @Test
    void presignedPutStoresExactlyItsKey() {
        assumeSupports(UploadMethod.PRESIGNED_PUT);
        ObjectKey key = key(folder, "job_id=4/put.bin");
        byte[] content = randomBytes(2048);
        StoreHttp.Reply put = StoreHttp.put(store.presignPut(key, TTL), content);
        assertEquals(200, put.status(), put.text());
        assertArrayEquals(content, StoreHttp.get(store.presignGet(key, TTL)).body());

        ObjectKey other = key(folder, "job_id=4/other.bin");
        StoreHttp.Reply misused = StoreHttp.put(swapLastSegment(store.presignPut(key, TTL), "put.bin", "other.bin"),
                content);
        assertTrue(misused.refused(), () -> "a PUT URL for " + key + " wrote " + other + ": " + misused.status());
        assertAbsent(other);
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
