package io.subnetstorage.auth.application.storage.contract;

import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Puts objects into a store through its own grants (presigned PUT, else POST form), never an SDK. */
public final class Uploads {

    private static final Duration TTL = Duration.ofMinutes(15);
    /** A lone upload is a round trip to a local store; more threads than this only queue in the server. */
    private static final int PARALLELISM = 16;

    private Uploads() {
    }

    public static void one(ObjectStore store, ObjectKey key, byte[] content) {
        all(store, List.of(key), content);
    }

    /** Uploads every key concurrently and fails with the first refusal. */
    public static void all(ObjectStore store, List<ObjectKey> keys, byte[] content) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, keys.size()));
        try {
            List<Future<StoreHttp.Reply>> replies = new ArrayList<>();
            for (ObjectKey key : keys) {
                replies.add(pool.submit(() -> upload(store, key, content)));
            }
            for (int i = 0; i < keys.size(); i++) {
                StoreHttp.Reply reply = replies.get(i).get();
                if (reply.status() / 100 != 2) {
                    throw new AssertionError("upload of " + keys.get(i) + " got " + reply.status() + ": " + reply.text());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("upload failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static StoreHttp.Reply upload(ObjectStore store, ObjectKey key, byte[] content) {
        if (store.capabilities().supports(UploadMethod.PRESIGNED_PUT)) {
            return StoreHttp.put(store.presignPut(key, TTL), content);
        }
        String value = key.value();
        FolderPrefix folder = new FolderPrefix(value.substring(0, value.lastIndexOf('/') + 1));
        UploadForm form = store.presignPostPolicy(folder, new UploadLimits(0, Math.max(1, content.length)),
                Instant.now().plus(TTL));
        return StoreHttp.post(form, value, content);
    }
}
