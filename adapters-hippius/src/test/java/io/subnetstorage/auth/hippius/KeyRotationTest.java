package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The revocation lever (SPEC §8): rotating the secret (the key ID stays) kills every URL the old secret
 * signed once Hippius's auth cache expires (1 s here, about 60 s on Hippius), and the grants of the two
 * secrets are told apart by the signing key's fingerprint.
 */
class KeyRotationTest {

    static final BucketName BUCKET = new BucketName("rotation-bucket");
    static final String NEW_SECRET = "rotated-secret-9876543210";
    /** Generous: the stand-in's cache lives 1 s; this only bounds a hung test. */
    static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void aRotatedSecretKillsItsUrlsAndTheNewSecretWorks() throws Exception {
        try (FakeHippius hippius = FakeHippius.start(BUCKET.value());
                HippiusObjectStore old = Fixtures.store(Fixtures.shared(hippius, BUCKET));
                HippiusObjectStore rotated = Fixtures.store(Fixtures.shared(hippius, BUCKET).withCredentials(FakeHippius.KEY, NEW_SECRET))) {
            ObjectKey key = new ObjectKey("data/hotkey=rotation/job_id=1/a.bin");
            old.objectIo().orElseThrow().put(BUCKET, key, ObjectContent.of("before the rotation".getBytes(StandardCharsets.UTF_8), Map.of()));
            URI oldUrl = old.downloads().orElseThrow().presignGet(BUCKET, key, Duration.ofDays(7));
            assertEquals(200, StoreHttp.get(oldUrl).status());

            hippius.revocations(FakeHippius.KEY + ":" + NEW_SECRET);
            awaitStatus(oldUrl, status -> status == 403, "the old secret's URL is refused");
            assertEquals(StoreRefused.Reason.ACCESS_DENIED, assertThrows(StoreRefused.class,
                    () -> old.objectIo().orElseThrow().head(BUCKET, key)).reason(), "and so are the old secret's own calls");

            StoreHttp.Reply fresh = StoreHttp.get(rotated.downloads().orElseThrow().presignGet(BUCKET, key, Duration.ofDays(7)));
            assertEquals(200, fresh.status());
            assertEquals("before the rotation", fresh.text(), "the data outlives the key");

            SigningKey before = old.descriptor().signingKey();
            SigningKey after = rotated.descriptor().signingKey();
            assertEquals(before.accessKeyId(), after.accessKeyId(), "a rotation keeps the key ID");
            assertNotEquals(before.secretFingerprint(), after.secretFingerprint());
            assertEquals(sha256Prefix(NEW_SECRET), after.secretFingerprint());
            assertEquals(FakeHippius.KEY + ":" + sha256Prefix(FakeHippius.SECRET), before.value());
        }
    }

    @Test
    void aRevokedKeyKillsEveryUrlItSigned() {
        try (FakeHippius hippius = FakeHippius.start(BUCKET.value());
                HippiusObjectStore store = Fixtures.store(Fixtures.shared(hippius, BUCKET))) {
            ObjectKey key = new ObjectKey("data/hotkey=rotation/job_id=1/b.bin");
            store.objectIo().orElseThrow().put(BUCKET, key, ObjectContent.of(new byte[10], Map.of()));
            URI url = store.downloads().orElseThrow().presignGet(BUCKET, key, Duration.ofDays(7));
            assertEquals(200, StoreHttp.get(url).status());
            hippius.revocations(FakeHippius.KEY);
            awaitStatus(url, status -> status == 403, "a revoked key's URL is refused");
        }
    }

    private static void awaitStatus(URI url, IntPredicate wanted, String what) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int status;
        while (!wanted.test(status = StoreHttp.get(url).status())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + DEADLINE + "; still " + status);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String sha256Prefix(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
    }
}
