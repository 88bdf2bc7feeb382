package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bootstrap.e2e.PhaseCalls.Uploaded;
import io.subnetstorage.auth.bootstrap.e2e.PhasedService.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7's phases, S3 to Hippius, by configuration and a restart alone, on one database, Redis and pair of stores:
 * S3 only, dual write, validation, rollout at 30 %, cutover, rollback, cutover again, cleanup. //Alice's hotkey falls
 * in bucket 29 of the md5 rule (reached at 30 %), //Charlie's in bucket 67 (not reached); //Bob validates.
 */
class MigrationPhasesEndToEndTest {

    static final Phase S3_ONLY = new Phase("S3 only", true, false, Map.of());
    static final Phase DUAL_WRITE = Phase.of("dual write", "UPLOAD_STORE", "s3", "MIRROR_STORES", "hippius");
    static final Phase ROLLOUT_30 = Phase.of("rollout", "UPLOAD_STORE", "s3", "UPLOAD_STORE_NEXT", "hippius",
            "UPLOAD_ROLLOUT_PERCENT", "30", "MIRROR_STORES", "s3,hippius");
    static final Phase CUTOVER = Phase.of("cutover", "UPLOAD_STORE", "hippius", "READ_STORE", "hippius", "MIRROR_STORES", "s3");
    static final Phase CLEANUP = new Phase("cleanup", false, true, Map.of());

    /** The grant follower runs every 15 s and follows a grant once it is 30 s old: a former upload store is known by then. */
    static final Duration FORMER_STORE_KNOWN = Duration.ofSeconds(90);

    private final List<Uploaded> everything = new ArrayList<>();
    private PhasedService service;
    private PhaseCalls calls;
    private Uploaded a1;
    private Uploaded a2;
    private Uploaded c1;
    private Uploaded c2;
    private Uploaded c3;
    private Uploaded c4;

    @Test
    void everyPhaseIsReachedByConfigurationAndARestart() throws Exception {
        try (PhasedService deployment = new PhasedService()) {
            service = deployment;
            calls = new PhaseCalls(deployment);
            s3Only();
            dualWriteThenValidation();
            rolloutAt30Percent();
            cutover();
            rollbackToDualWrite();
            cutoverAgainThenCleanup();
        }
    }

    private void s3Only() {
        service.restart(S3_ONLY);
        a1 = kept(calls.folderForm(ALICE));
        c1 = kept(calls.folderForm(CHARLIE));
        assertEquals("s3", a1.store());
        assertEquals("s3", calls.download(ALICE, a1, Optional.empty()));
        assertEquals(Set.of("s3"), service.stores().keySet(), "one store, the S3 one");
        assertRole("s3", "upload");
        assertNull(service.stores().get("s3").get("lag_objects"), "the upload store copies nothing in");
    }

    private void dualWriteThenValidation() {
        service.restart(DUAL_WRITE);
        a2 = kept(calls.folderForm(ALICE));
        assertEquals("s3", a2.store());
        assertRole("s3", "upload");
        assertRole("hippius", "mirror");
        for (Uploaded object : List.of(a1, c1, a2)) {
            Eventually.until(() -> service.onHippius(object.key()), () -> object.key() + " copied to Hippius by the mirror");
        }
        Eventually.answer(() -> service.stores().get("hippius"), hippius -> Integer.valueOf(0).equals(hippius.get("lag_objects")),
                "no lag on the Hippius mirror");
        assertTrue(service.wire().get("/metrics").text().contains("ssa_mirror_lag_objects{mirror=\"hippius\"}"));

        // Validation: the same configuration; some validators read Hippius, the others carry on with S3.
        PhaseCalls.Listing onHippius = calls.list(ALICE, Optional.of("hippius"));
        assertEquals("hippius", onHippius.store());
        assertTrue(onHippius.keys().containsAll(List.of(a1.key().value(), a2.key().value())), onHippius.keys().toString());
        assertEquals("hippius", calls.download(ALICE, a2, Optional.of("hippius")));
        assertEquals("s3", calls.download(ALICE, a2, Optional.of("s3")));
        assertEquals("s3", calls.download(ALICE, a2, Optional.empty()), "unnamed, reads follow Alice's upload store");
        calls.clientReadsTheStoreItNames();
        Wire.Answer hub = calls.readNaming(ALICE, "huggingface");
        assertEquals(400, hub.status());
        assertEquals("Store cannot serve reads", hub.detail());
    }

    private void rolloutAt30Percent() {
        service.restart(ROLLOUT_30);
        assertRole("s3", "upload");
        assertRole("hippius", "upload-next");
        Uploaded a3 = kept(calls.listedFile(ALICE));
        assertEquals("hippius", a3.store(), "Alice (bucket 29) is reached at 30 %");
        PhaseCalls.Listing alice = calls.list(ALICE, Optional.empty());
        assertEquals("hippius", alice.store(), "Alice's reads follow her upload store");
        assertTrue(alice.keys().contains(a3.key().value()), "her newest file is there at once, no mirror needed: " + alice.keys());
        assertEquals("hippius", calls.download(ALICE, a3, Optional.empty()));
        c2 = kept(calls.fileUploadUrl(CHARLIE));
        assertEquals("s3", c2.store(), "Charlie (bucket 67) is not reached at 30 %");
        assertEquals("s3", calls.list(CHARLIE, Optional.empty()).store());
        Uploaded a4 = kept(calls.folderForm(ALICE));
        assertEquals("s3", a4.store(), "today's Subnet 46 client still gets its POST form, from the store that has them");
        PhaseCalls.Listing aliceAgain = calls.list(ALICE, Optional.empty());
        assertEquals("s3", aliceAgain.store(), "reads follow the store of her latest grant");
        assertTrue(aliceAgain.keys().contains(a4.key().value()), aliceAgain.keys().toString());
        Eventually.until(() -> service.onS3(a3.key()), () -> a3.key() + " copied from Hippius to S3");
        Eventually.until(() -> service.onHippius(a4.key()) && service.onHippius(c2.key()), () -> "a4 and c2 copied to Hippius");
        assertLagShown("s3");
        assertLagShown("hippius");
    }

    private void cutover() {
        service.restart(CUTOVER);
        assertRole("hippius", "upload");
        assertRole("s3", "mirror");
        assertEquals(PhasedService.HIPPIUS_BUCKET, service.wire().get("/healthcheck").string("bucket"));
        assertLagShown("s3");
        assertLagShown("hippius"); // the upload store receives what S3 has and it lacks
        c3 = kept(calls.fileUploadUrl(CHARLIE));
        assertEquals("hippius", c3.store());
        PhaseCalls.Listing charlie = calls.list(CHARLIE, Optional.empty());
        assertEquals("hippius", charlie.store());
        assertTrue(charlie.keys().containsAll(List.of(c1.key().value(), c2.key().value(), c3.key().value())), charlie.keys().toString());
        Wire.Answer global = service.wire().post("/get-validator-access", Signer.validatorAccess(Signer.BOB, Signer.now()));
        assertEquals(PhasedService.HIPPIUS_BUCKET, global.string("bucket"), "global listings read READ_STORE");
        assertEquals("s3", kept(calls.folderForm(ALICE)).store(), "today's client still served by POST on S3 until S3 is removed");
        c4 = kept(calls.listedFile(CHARLIE));
        assertEquals("hippius", c4.store());
    }

    /** Switching back: what reached Hippius alone during the cutover is drained back into S3. */
    private void rollbackToDualWrite() {
        service.restart(DUAL_WRITE);
        assertRole("s3", "upload");
        assertRole("hippius", "mirror");
        assertEquals(PhasedService.S3_BUCKET, service.wire().get("/healthcheck").string("bucket"));
        assertEquals("hippius", calls.download(CHARLIE, c4, Optional.empty()), "Charlie's latest grant was on Hippius");
        // Hippius is a source again once the grant follower has seen the cutover's grants (settled 30 s, ADR 0022).
        Eventually.until(FORMER_STORE_KNOWN, () -> service.onS3(c3.key()) && service.onS3(c4.key()), () -> "c3 and c4 back on S3");
        Uploaded c5 = kept(calls.fileUploadUrl(CHARLIE));
        assertEquals("s3", c5.store());
        PhaseCalls.Listing charlieOnS3 = calls.list(CHARLIE, Optional.empty());
        assertEquals("s3", charlieOnS3.store());
        assertTrue(charlieOnS3.keys().containsAll(List.of(c3.key().value(), c4.key().value(), c5.key().value())),
                charlieOnS3.keys().toString());
    }

    private void cutoverAgainThenCleanup() {
        service.restart(CUTOVER);
        for (Uploaded object : everything) {
            Eventually.until(() -> service.onHippius(object.key()), () -> object.key() + " on Hippius before S3 goes");
        }

        service.restart(CLEANUP);
        assertEquals(Set.of("hippius"), service.stores().keySet(), "Hippius only");
        assertRole("hippius", "upload");
        Wire.Answer oldClient = service.wire().post("/get-folder-access", Signer.miner(ALICE, Signer.now()));
        assertEquals(400, oldClient.status());
        assertEquals("This storage backend takes uploads by presigned PUT: list the files in \"files\" or use /get-file-upload-url",
                oldClient.detail());
        Wire.Answer s3Named = calls.readNaming(ALICE, "s3");
        assertEquals(400, s3Named.status(), "S3 is no longer configured");
        assertEquals("Store cannot serve reads", s3Named.detail());
        for (Uploaded object : everything) {
            var miner = object.key().value().contains(ALICE.address()) ? ALICE : CHARLIE;
            assertEquals("hippius", calls.download(miner, object, Optional.empty()), object.key().value());
            assertTrue(service.onS3(object.key()), "S3's data is left for the operator to delete");
        }
        assertEquals("hippius", kept(calls.listedFile(CHARLIE)).store());
    }

    private Uploaded kept(Uploaded object) {
        everything.add(object);
        return object;
    }

    private void assertRole(String store, String role) {
        Map<String, Object> status = service.stores().get(store);
        assertNotNull(status, store + " in /healthcheck stores: " + service.stores());
        assertEquals(role, status.get("role"), store + ": " + status);
        assertEquals(store, status.get("kind"));
        assertEquals(true, status.get("ok"), store + ": " + status);
    }

    private void assertLagShown(String store) {
        Map<String, Object> status = Eventually.answer(() -> service.stores().get(store),
                found -> found.get("lag_objects") instanceof Number && found.get("lag_seconds") instanceof Number,
                "lag of " + store + " in /healthcheck");
        assertTrue(((Number) status.get("lag_objects")).longValue() >= 0, status.toString());
    }
}
