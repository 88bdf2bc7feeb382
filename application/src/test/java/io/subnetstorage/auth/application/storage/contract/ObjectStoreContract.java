package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.StoreHealth;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The storage contract every {@link ObjectStore} adapter passes, checked with real HTTP against a
 * real (usually embedded) store. A subclass implements {@link #createStore()} and
 * {@link #createStoreAt(URI)} and adds nothing else; checks a store's declared capabilities rule out
 * are skipped, not failed. The two paging checks, which upload 1,001 objects, are tagged {@code bulk}.
 * URL lifetimes are read from {@code X-Amz-Expires}: the kit is for SigV4 (S3-compatible) stores.
 * Presigning must not refuse a past expiry: the kit signs one to prove the store refuses it.
 */
public abstract class ObjectStoreContract extends PagingChecks {

    static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

    @Test
    void declaresAConsistentIdentityAndCapabilities() {
        assertFalse(store.backend().isBlank());
        assertFalse(store.bucket().isBlank());
        assertFalse(store.region().isBlank());
        assertFalse(store.signingKeyId().isBlank());
        Duration max = store.capabilities().maxPresignLifetime();
        assertTrue(!max.isNegative() && !max.isZero() && max.compareTo(Duration.ofDays(7)) <= 0,
                () -> "SigV4 URLs live 1 s to 7 days, declared " + max);
    }

    /** Declared, not discovered by failing: an upload method the store does not declare is refused, never faked. */
    @Test
    void undeclaredUploadMethodsAreRefused() {
        var folder = newFolder();
        if (!store.capabilities().supports(UploadMethod.POST_POLICY)) {
            assertThrows(RuntimeException.class,
                    () -> store.presignPostPolicy(folder, UploadLimits.DEPLOYED, Instant.now().plus(TTL)));
        }
        if (!store.capabilities().supports(UploadMethod.PRESIGNED_PUT)) {
            assertThrows(RuntimeException.class, () -> store.presignPut(key(folder, "job_id=1/x.bin"), TTL));
        }
        assertTrue(store.capabilities().uploadMethods().stream().allMatch(m -> declaredMethodWorks(m, folder)));
    }

    private boolean declaredMethodWorks(UploadMethod method, FolderPrefix folder) {
        return switch (method) {
            case POST_POLICY -> isHttp(store.presignPostPolicy(folder, UploadLimits.DEPLOYED, Instant.now().plus(TTL)).url());
            case PRESIGNED_PUT -> isHttp(store.presignPut(key(folder, "job_id=1/x.bin"), TTL));
        };
    }

    private static boolean isHttp(URI url) {
        return url.isAbsolute() && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()));
    }

    @Test
    void aUrlSignedForTheMaximumLifetimeWorks() {
        var key = key(newFolder(), "job_id=1/ttl.bin");
        Uploads.one(store, key, randomBytes(10));
        Duration max = store.capabilities().maxPresignLifetime();
        assertEquals(200, StoreHttp.get(store.presignGet(key, max)).status());
        assertEquals(200, StoreHttp.get(store.presignGet(key, max.plusDays(30))).status(),
                "a longer lifetime is capped, not refused");
        assertTrue(expiresSeconds(store.presignGet(key, max.plusDays(30))) <= max.toSeconds());
        if (store.capabilities().supports(UploadMethod.PRESIGNED_PUT)) {
            assertTrue(expiresSeconds(store.presignPut(key, max.plusDays(30))) <= max.toSeconds());
        }
        if (store.capabilities().list()) {
            assertTrue(expiresSeconds(store.presignList(ListQuery.of(newFolder()), max.plusDays(30))) <= max.toSeconds());
        }
    }

    @Test
    void listHonoursItsTimeoutWhenTheStoreDoesNotAnswer() throws Exception {
        assumeListing();
        // A listening socket nobody accepts on: connections succeed, requests hang.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ObjectStore hanging = createStoreAt(URI.create("http://127.0.0.1:" + silent.getLocalPort()));
            try {
                long start = System.nanoTime();
                assertThrows(DependencyUnavailable.class, () -> hanging.list(ListQuery.of(newFolder()), SHORT_TIMEOUT));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                // What matters is that list gives up instead of hanging on the SDK's default (minutes); the bound is
                // loose so that a loaded CI machine cannot turn this into a timing test.
                assertTrue(took.compareTo(SHORT_TIMEOUT.plusSeconds(15)) < 0, () -> "list took " + took);
            } finally {
                close(hanging);
            }
        }
    }

    @Test
    void listOnAClosedPortIsDependencyUnavailableAndHealthSaysSo() throws Exception {
        ObjectStore unreachable = createStoreAt(URI.create("http://127.0.0.1:" + closedPort()));
        try {
            if (store.capabilities().list()) {
                assertThrows(DependencyUnavailable.class, () -> unreachable.list(ListQuery.of(newFolder()), SHORT_TIMEOUT));
            }
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
