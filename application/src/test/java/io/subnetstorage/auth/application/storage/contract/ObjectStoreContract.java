package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The storage contract every {@link ObjectStore} adapter passes, checked with real HTTP against a real (or
 * stand-in) store. A subclass implements the fixture's abstract methods and adds nothing else. Checks of
 * a capability the store does not declare are skipped (assumptions), never failed: optional capabilities,
 * not a lowest common denominator. The two paging checks, which upload 1,001 objects, are tagged
 * {@code bulk}. A store written only in batches (a mirror) overrides {@code readBack}. URL lifetimes are read from {@code X-Amz-Expires}: the kit is for SigV4 stores. Presigning
 * must not refuse a past expiry: the kit signs one to prove the store refuses it.
 */
public abstract class ObjectStoreContract extends BatchWritesChecks {

    static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

    @Test
    void declaresAConsistentIdentity() {
        StoreDescriptor descriptor = store.descriptor();
        assertFalse(descriptor.name().isBlank());
        assertFalse(descriptor.region().isBlank());
        assertFalse(descriptor.signingKey().accessKeyId().isBlank());
        assertTrue(descriptor.signingKey().secretFingerprint().matches("[0-9a-f]{8}"), descriptor.signingKey()::toString);
        Duration max = descriptor.maxPresignLifetime();
        assertTrue(max.compareTo(Duration.ofDays(7)) <= 0, () -> "SigV4 URLs live 1 s to 7 days, declared " + max);
        assertTrue(store.folderUploads().isPresent() || store.objectUploads().isPresent() || store.batchWrites().isPresent(),
                "a store is written one way or another: clients' uploads, or the service's batches (a mirror)");
    }

    @Test
    void theLayoutPutsAMinersFolderWhereTheMinersKeysAre() {
        var hotkey = io.subnetstorage.auth.domain.identity.Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        var folder = store.layout().minerFolder(hotkey);
        assertEquals("data/hotkey=" + hotkey.value() + "/", folder.folder().value());
        store.layout().allMiners().ifPresent(all -> assertEquals("data/hotkey=", all.folder().value()));
    }

    @Test
    void aUrlSignedForTheMaximumLifetimeWorksAndLongerIsCapped() {
        var downloads = downloads();
        ObjectKey key = key(newFolder(), "job_id=1/ttl.bin");
        Uploads.one(store, bucket(), key, randomBytes(10));
        Duration max = store.descriptor().maxPresignLifetime();
        assertEquals(200, StoreHttp.get(downloads.presignGet(bucket(), key, max)).status());
        URI longer = downloads.presignGet(bucket(), key, max.plusDays(30));
        assertEquals(200, StoreHttp.get(longer).status(), "a longer lifetime is capped, not refused");
        assertTrue(expiresSeconds(longer) <= max.toSeconds());
        store.objectUploads().ifPresent(uploads -> {
            URI put = uploads.presignObjectUpload(bucket(), key, UploadConstraints.of(OptionalLong.empty(), UploadLimits.DEPLOYED, Map.of()),
                    max.plusDays(30)).url();
            assertTrue(put.getRawQuery() == null || !put.getRawQuery().contains("X-Amz-Expires=") || expiresSeconds(put) <= max.toSeconds());
        });
        store.folderUploads().ifPresent(uploads -> assertFalse(uploads.presignFolderUpload(newFolder(), UploadLimits.DEPLOYED,
                Instant.now().plus(max.plusDays(30))).fields().isEmpty()));
        store.listings().ifPresent(listings ->
                assertTrue(expiresSeconds(listings.presignList(bucket(), ListQuery.of(newFolder().folder()), max.plusDays(30))) <= max.toSeconds()));
    }

    @Test
    void listHonoursItsTimeoutWhenTheStoreDoesNotAnswer() throws Exception {
        listings();
        // A listening socket nobody accepts on: connections succeed, requests hang.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ObjectStore hanging = createStoreAt(URI.create("http://127.0.0.1:" + silent.getLocalPort()));
            try {
                long start = System.nanoTime();
                assertThrows(DependencyUnavailable.class,
                        () -> hanging.listings().orElseThrow().list(bucket(), ListQuery.of(newFolder().folder()), SHORT_TIMEOUT));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                // What matters is that list gives up instead of hanging on the SDK's default (minutes); the bound is
                // loose so that a loaded CI machine cannot turn this into a timing test.
                assertTrue(took.compareTo(SHORT_TIMEOUT.plusSeconds(30)) < 0, () -> "list took " + took);
            } finally {
                close(hanging);
            }
        }
    }

    @Test
    void anUnreachableStoreIsDependencyUnavailableAndHealthSaysSo() throws Exception {
        ObjectStore unreachable = createStoreAt(URI.create("http://127.0.0.1:" + closedPort()));
        try {
            unreachable.listings().ifPresent(listings -> assertThrows(DependencyUnavailable.class,
                    () -> listings.list(bucket(), ListQuery.of(newFolder().folder()), SHORT_TIMEOUT)));
            unreachable.objectIo().ifPresent(io -> assertThrows(DependencyUnavailable.class,
                    () -> io.head(bucket(), key(newFolder(), "job_id=1/x"))));
            unreachable.batchWrites().ifPresent(batches -> assertThrows(DependencyUnavailable.class,
                    () -> batches.putAll(bucket(), List.of(item(key(newFolder(), "job_id=1/x"), new byte[] {1})))));
            StoreHealth health = unreachable.health(SHORT_TIMEOUT);
            assertFalse(health.ok());
            assertTrue(health.error().isPresent());
        } finally {
            close(unreachable);
        }
    }

    @Test
    void healthOfTheStoreIsOk() {
        StoreHealth health = store.health(Duration.ofSeconds(10));
        assertTrue(health.ok(), () -> "health: " + health);
        assertTrue(health.latencyMillis() >= 0);
    }

    private static long expiresSeconds(URI url) {
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith("X-Amz-Expires=")) {
                return Long.parseLong(pair.substring("X-Amz-Expires=".length()));
            }
        }
        throw new AssertionError("no X-Amz-Expires in " + url);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
