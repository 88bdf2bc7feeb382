package io.subnetstorage.auth.application.storage.contract;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Puts objects into a store through its own grants (an object grant, else a folder form), never an SDK. */
public final class Uploads {

    private static final Duration TTL = Duration.ofMinutes(15);
    /** A lone upload is a round trip to a local store; more threads than this only queue in the server. */
    private static final int PARALLELISM = 16;

    private Uploads() {
    }

    public static void one(ObjectStore store, BucketName bucket, ObjectKey key, byte[] content) {
        all(store, bucket, List.of(key), content);
    }

    /** Uploads every key concurrently and fails with the first refusal. */
    public static void all(ObjectStore store, BucketName bucket, List<ObjectKey> keys, byte[] content) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLELISM, keys.size())));
        try {
            List<Future<StoreHttp.Reply>> replies = new ArrayList<>();
            for (ObjectKey key : keys) {
                replies.add(pool.submit(() -> upload(store, bucket, key, content)));
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

    /** Sends what a grant says: the form fields then the file, or the body with exactly the signed headers. */
    public static StoreHttp.Reply send(ObjectUpload grant, ObjectKey key, byte[] content) {
        return switch (grant.method()) {
            case POST -> StoreHttp.post(grant.url(), StoreHttp.withKey(grant.fields(), key.value()), content);
            case PUT -> StoreHttp.put(grant.url(), grant.headers(), content);
        };
    }

    private static StoreHttp.Reply upload(ObjectStore store, BucketName bucket, ObjectKey key, byte[] content) {
        if (store.objectUploads().isPresent()) {
            UploadConstraints exact = UploadConstraints.of(OptionalLong.of(content.length), new UploadLimits(0, Math.max(1, content.length)),
                    Map.of());
            return send(store.objectUploads().get().presignObjectUpload(bucket, key, exact, TTL), key, content);
        }
        String value = key.value();
        StorageLocation folder = new StorageLocation(bucket, new FolderPrefix(value.substring(0, value.lastIndexOf('/') + 1)));
        UploadForm form = store.folderUploads().orElseThrow().presignFolderUpload(folder, new UploadLimits(0, Math.max(1, content.length)),
                Instant.now().plus(TTL));
        return StoreHttp.post(form, value, content);
    }
}
