package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.DAVE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.in.CleanupDepartedMinersUseCase;
import io.subnetstorage.auth.application.port.in.CleanupReport;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The miner lifecycle of SPEC §8 over HTTP on the S3 store: register, deregister (by the miner or the owner),
 * uploads refused while deregistered and reads still served, re-registration, and the cleanup job that
 * archives a due registration and, as configured here, deletes the miner's objects.
 */
@MicronautTest
class RegistrationEndToEndTest extends ServiceTest {

    /** //Dave is a validator in the development metagraph; here he is also the subnet owner. */
    private static final Sr25519Keypair OWNER = DAVE;

    @Inject
    EmbeddedServer server;

    @Inject
    CleanupDepartedMinersUseCase cleanup;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.operator.owner-hotkey", OWNER.address(), "ssa.registration.retention", "2d",
                "ssa.registration.delete-data-on-cleanup", "true");
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private static String coldkeyOf(Sr25519Keypair miner) {
        return Sr25519Keypair.fromUri(miner == ALICE ? "//Alice//stash" : "//Charlie//stash").address();
    }

    private Wire.Answer register(Sr25519Keypair miner) {
        long now = now();
        String coldkey = coldkeyOf(miner);
        String signature = miner.sign(Commitment.minerRegister(Coldkey.of(coldkey), Hotkey.of(miner.address()), now).text()).hex();
        return wire().post("/register-miner", Map.of("coldkey", coldkey, "hotkey", miner.address(), "timestamp", now,
                "signature", signature));
    }

    private Wire.Answer deregister(Sr25519Keypair signer, Sr25519Keypair miner) {
        long now = now();
        String signature = signer.sign(Commitment.minerDeregister(Hotkey.of(miner.address()), now).text()).hex();
        return wire().post("/deregister-miner", Map.of("hotkey", signer.address(), "miner_hotkey", miner.address(),
                "timestamp", now, "signature", signature, "reason", "lifecycle test"));
    }

    @Test
    void registrationAnswersWhereTheMinerUploadsAndASecondOneIsAConflict() {
        Wire.Answer first = register(ALICE);
        assertEquals(200, first.status(), first.text());
        assertEquals("registered", first.string("status"));
        assertEquals(ALICE.address(), first.string("hotkey"));
        assertEquals(TestStore.BUCKET, first.string("bucket_name"));
        assertEquals("data/hotkey=" + ALICE.address() + "/", first.string("folder"));
        assertEquals(TestStore.endpoint().toString(), first.string("upload_endpoint").replaceAll("/$", ""));
        assertTrue(first.string("registered_at").startsWith(Instant.now().toString().substring(0, 4)));

        Wire.Answer again = register(ALICE);
        assertEquals(409, again.status());
        assertEquals("Miner already registered", again.detail());
    }

    @Test
    void onlyTheMinerOrTheOwnerDeregistersAndOnlyWhatIsRegistered() throws Exception {
        assertEquals(404, deregister(CHARLIE, CHARLIE).status(), "never registered");
        assertEquals("Miner not found", deregister(CHARLIE, CHARLIE).detail());
        register(CHARLIE);

        Wire.Answer byStranger = deregister(BOB, CHARLIE);
        assertEquals(403, byStranger.status());
        assertEquals("Unauthorized", byStranger.detail());

        Wire.Answer byOwner = deregister(OWNER, CHARLIE);
        assertEquals(200, byOwner.status(), byOwner.text());
        assertEquals("deregistered", byOwner.string("status"));
        assertEquals("2 days", byOwner.string("cleanup_scheduled"));
        Instant cleanupAt = Instant.parse(byOwner.string("cleanup_at") + "Z");
        assertTrue(Math.abs(ChronoUnit.SECONDS.between(Instant.now().plus(2, ChronoUnit.DAYS), cleanupAt)) < 120, () -> "" + cleanupAt);

        Wire.Answer upload = wire().post("/get-folder-access", Signer.miner(CHARLIE, now()));
        assertEquals(403, upload.status());
        assertEquals("Miner deregistered", upload.detail());
        Wire.Answer read = wire().post("/get-miner-specific-access", Signer.aboutMiner(BOB, CHARLIE, now()));
        assertEquals(200, read.status(), "validators still read a deregistered miner's data: " + read.text());

        assertEquals(200, register(CHARLIE).status(), "a deregistered miner re-registers");
        assertEquals(200, wire().post("/get-folder-access", Signer.miner(CHARLIE, now())).status());
        try (var db = database().connect(); var row = db.createStatement().executeQuery(
                "SELECT status, cleanup_at FROM registrations WHERE hotkey = '" + CHARLIE.address() + "'")) {
            assertTrue(row.next());
            assertEquals("registered", row.getString("status"));
            assertEquals(null, row.getTimestamp("cleanup_at"), "re-registration cancels the cleanup");
        }
    }

    @Test
    void aDueCleanupArchivesTheRegistrationAndDeletesTheMinersObjectsOnly() throws Exception {
        Sr25519Keypair miner = ALICE;
        register(miner);
        ObjectKey mine = new ObjectKey("data/hotkey=" + miner.address() + "/job_id=" + UUID.randomUUID() + "/a.parquet");
        ObjectKey theirs = new ObjectKey("data/hotkey=" + CHARLIE.address() + "/job_id=" + UUID.randomUUID() + "/b.parquet");
        var io = TestStore.store().objectIo().orElseThrow();
        io.put(TestStore.bucket(), mine, ObjectContent.of(new byte[] {1, 2, 3}, Map.of()));
        io.put(TestStore.bucket(), theirs, ObjectContent.of(new byte[] {4, 5, 6}, Map.of()));
        assertEquals(200, deregister(miner, miner).status());

        Optional<CleanupReport> notYet = cleanup.run();
        assertEquals(0, notYet.orElseThrow().archived(), "nothing is due for two days");
        assertTrue(io.head(TestStore.bucket(), mine).isPresent());

        try (var db = database().connect()) {
            db.createStatement().executeUpdate("UPDATE registrations SET cleanup_at = now() - interval '1 second' WHERE hotkey = '"
                    + miner.address() + "'");
        }
        CleanupReport done = cleanup.run().orElseThrow();
        assertEquals(1, done.archived());
        assertTrue(done.objectsDeleted() >= 1);
        assertTrue(io.head(TestStore.bucket(), mine).isEmpty(), "the miner's object is deleted");
        assertTrue(io.head(TestStore.bucket(), theirs).isPresent(), "another miner's object is kept");
        assertEquals(0, cleanup.run().orElseThrow().archived(), "archiving happens once");
        try (var db = database().connect(); var row = db.createStatement().executeQuery(
                "SELECT status FROM registrations WHERE hotkey = '" + miner.address() + "'")) {
            assertTrue(row.next());
            assertEquals("archived", row.getString("status"));
        }
        io.delete(TestStore.bucket(), theirs);
    }
}
