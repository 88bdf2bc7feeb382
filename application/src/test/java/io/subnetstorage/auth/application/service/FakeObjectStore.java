package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ListPage;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.StoreCapabilities;
import io.subnetstorage.auth.application.port.out.StoreHealth;
import io.subnetstorage.auth.application.port.out.StoredObject;
import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory bucket whose URLs spell out what they grant, and whose listings page every two entries. */
final class FakeObjectStore implements ObjectStore {

    final TreeSet<String> keys = new TreeSet<>();
    boolean down;
    /** Listings past this many are never answered: each waits out the timeout it was given, or its cancellation. */
    int listingsAnsweredBeforeHanging = Integer.MAX_VALUE;
    final AtomicInteger listingsAnswered = new AtomicInteger();
    /** The timeout each listing was given, in order. */
    final List<Duration> listingTimeouts = new CopyOnWriteArrayList<>();
    Duration maxLifetime = Duration.ofDays(7);

    @Override
    public StoreCapabilities capabilities() {
        return new StoreCapabilities(java.util.Set.of(UploadMethod.POST_POLICY, UploadMethod.PRESIGNED_PUT), true, maxLifetime);
    }

    @Override
    public String backend() {
        return "fake";
    }

    @Override
    public String bucket() {
        return "bucket";
    }

    @Override
    public String region() {
        return "test-region";
    }

    @Override
    public String signingKeyId() {
        return "fake-key";
    }

    @Override
    public UploadForm presignPostPolicy(FolderPrefix folder, UploadLimits limits, Instant expiresAt) {
        return new UploadForm(URI.create("memory://bucket"), Map.of("key", folder.value() + "${filename}", "expires", expiresAt.toString()));
    }

    @Override
    public URI presignPut(ObjectKey key, Duration ttl) {
        return URI.create("memory://bucket/" + key.value() + "?put&ttl=" + ttl.toSeconds());
    }

    @Override
    public URI presignGet(ObjectKey key, Duration ttl) {
        return URI.create("memory://bucket/" + key.value() + "?get&ttl=" + ttl.toSeconds());
    }

    @Override
    public URI presignList(ListQuery query, Duration ttl) {
        return URI.create("memory://bucket?list&prefix=" + query.prefix().value() + "&delimiter=" + query.delimiter().orElse("")
                + "&token=" + query.continuationToken().orElse("") + "&ttl=" + ttl.toSeconds());
    }

    @Override
    public ListPage list(ListQuery query, Duration timeout) {
        if (down) {
            throw new DependencyUnavailable("store down");
        }
        listingTimeouts.add(timeout);
        if (listingsAnswered.get() >= listingsAnsweredBeforeHanging) {
            hang(timeout);
        }
        List<String> entries = new ArrayList<>(new TreeSet<>(keys.stream()
                .filter(key -> key.startsWith(query.prefix().value()))
                .map(key -> folderOf(key, query))
                .toList()));
        int from = query.continuationToken().map(Integer::parseInt).orElse(0);
        List<String> page = entries.subList(from, Math.min(entries.size(), from + 2));
        Optional<String> next = from + 2 < entries.size() ? Optional.of(Integer.toString(from + 2)) : Optional.empty();
        List<String> prefixes = page.stream().filter(entry -> entry.endsWith("/")).toList();
        List<StoredObject> objects = page.stream().filter(entry -> !entry.endsWith("/"))
                .map(key -> new StoredObject(new ObjectKey(key), 1, "etag", Instant.EPOCH)).toList();
        listingsAnswered.incrementAndGet();
        return new ListPage(objects, prefixes, next);
    }

    /** A store that does not answer: the adapter's contract is to give up after {@code timeout}. */
    private static void hang(Duration timeout) {
        try {
            Thread.sleep(timeout.toMillis());
        } catch (InterruptedException cancelled) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailable("listing cancelled", cancelled);
        }
        throw new DependencyUnavailable("no answer within " + timeout);
    }

    private static String folderOf(String key, ListQuery query) {
        if (query.delimiter().isEmpty()) {
            return key;
        }
        int cut = key.indexOf(query.delimiter().get(), query.prefix().value().length());
        return cut < 0 ? key : key.substring(0, cut + 1);
    }

    @Override
    public StoreHealth health(Duration timeout) {
        return new StoreHealth(!down, 0, Optional.empty());
    }
}
