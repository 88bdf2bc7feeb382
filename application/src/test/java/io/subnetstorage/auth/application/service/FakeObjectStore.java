package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.SharedBucketLayout;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.application.port.out.storage.UploadMethod;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.io.InputStream;
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

/**
 * An in-memory bucket whose URLs spell out what they grant, and whose listings page every two entries.
 * {@code postPolicies = false} makes it a PUT-only store, as Hippius is.
 */
final class FakeObjectStore implements ObjectStore, Listings, Downloads, FolderUploads, ObjectUploads {

    static final BucketName BUCKET = new BucketName("bucket");

    final TreeSet<String> keys = new TreeSet<>();
    /** Sizes HEAD reports, by key (1 byte when not set); a put sets its own. */
    final Map<String, Long> sizes = new java.util.HashMap<>();
    /** Keys whose HEAD the store refuses, and why. */
    final Map<String, StoreRefused.Reason> refusals = new java.util.HashMap<>();
    /** Object I/O over {@link #keys}: objects put or placed there keep their bytes. */
    final FakeObjectIo io = new FakeObjectIo(this);
    final StoreKind kind;
    final boolean postPolicies;
    boolean down;
    /** HEAD requests asked, answered or not. */
    int heads;
    /** A metadata value longer than this is refused at presigning, as Hippius refuses values over 2048 bytes. */
    int maxMetadataValue = Integer.MAX_VALUE;
    /** Listings past this many are never answered: each waits out the timeout it was given, or its cancellation. */
    int listingsAnsweredBeforeHanging = Integer.MAX_VALUE;
    final AtomicInteger listingsAnswered = new AtomicInteger();
    /** The timeout each listing was given, in order. */
    final List<Duration> listingTimeouts = new CopyOnWriteArrayList<>();
    Duration maxLifetime = Duration.ofDays(7);

    FakeObjectStore() {
        this(StoreKind.S3, true);
    }

    FakeObjectStore(StoreKind kind, boolean postPolicies) {
        this.kind = kind;
        this.postPolicies = postPolicies;
    }

    @Override
    public StoreDescriptor descriptor() {
        return new StoreDescriptor(kind, "test-region", new SigningKey("fake-key", "0123abcd"), maxLifetime,
                URI.create("memory://" + kind.label()));
    }

    @Override
    public StoreLayout layout() {
        return new SharedBucketLayout(BUCKET);
    }

    @Override
    public Optional<FolderUploads> folderUploads() {
        return postPolicies ? Optional.of(this) : Optional.empty();
    }

    @Override
    public Optional<ObjectUploads> objectUploads() {
        return Optional.of(this);
    }

    @Override
    public Optional<Listings> listings() {
        return Optional.of(this);
    }

    @Override
    public Optional<Downloads> downloads() {
        return Optional.of(this);
    }

    @Override
    public Optional<ObjectIo> objectIo() {
        return Optional.of(io);
    }

    @Override
    public UploadForm presignFolderUpload(StorageLocation folder, UploadLimits limits, Instant expiresAt) {
        return new UploadForm(URI.create("memory://" + kind.label() + "/" + folder.bucket()),
                Map.of("key", folder.folder().value() + "${filename}", "expires", expiresAt.toString()));
    }

    @Override
    public UploadMethod method() {
        return postPolicies ? UploadMethod.POST : UploadMethod.PUT;
    }

    @Override
    public ObjectUpload presignObjectUpload(BucketName bucket, ObjectKey key, UploadConstraints constraints, Duration ttl) {
        if (constraints.metadata().values().stream().anyMatch(value -> value.length() > maxMetadataValue)) {
            throw new StoreRefused(
                    StoreRefused.Reason.INVALID_REQUEST, "MetadataTooLarge", "too long");
        }
        URI url = URI.create("memory://" + kind.label() + "/" + bucket + "/" + key.value() + "?upload&ttl=" + descriptor().cap(ttl).toSeconds());
        Map<String, String> signed = new java.util.TreeMap<>();
        signed.put("Content-Type", constraints.contentType());
        constraints.exactSize().ifPresent(size -> signed.put("Content-Length", Long.toString(size)));
        constraints.metadata().forEach((name, value) -> signed.put("x-amz-meta-" + name, value));
        return postPolicies ? new ObjectUpload(UploadMethod.POST, url, Map.of("key", key.value()), Map.of())
                : new ObjectUpload(UploadMethod.PUT, url, Map.of(), signed);
    }

    @Override
    public URI presignGet(BucketName bucket, ObjectKey key, Duration ttl) {
        return URI.create("memory://" + kind.label() + "/" + bucket + "/" + key.value() + "?get&ttl=" + descriptor().cap(ttl).toSeconds());
    }

    @Override
    public URI presignList(BucketName bucket, ListQuery query, Duration ttl) {
        return URI.create("memory://" + kind.label() + "/" + bucket + "?list&prefix=" + query.prefix().value() + "&delimiter="
                + query.delimiter().orElse("") + "&token=" + query.continuationToken().orElse("") + "&ttl=" + descriptor().cap(ttl).toSeconds());
    }

    @Override
    public ListPage list(BucketName bucket, ListQuery query, Duration timeout) {
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
