package io.subnetstorage.auth.bootstrap.operator;

import static io.subnetstorage.auth.bootstrap.operator.OperatorClient.bearer;
import static io.subnetstorage.auth.bootstrap.operator.OperatorClient.signedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** An operator, by admin token or the owner's signature, revokes and reinstates //Alice and reads her record. */
@MicronautTest
class OperatorEndToEndTest extends ServiceTest {

    static final String TOKEN = "operator-token-for-tests-7f3a";
    static final Sr25519Keypair OWNER = DevKeys.ferdie();
    static final Sr25519Keypair ALICE = DevKeys.alice();

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.admin-token", TOKEN, "ssa.operator.owner-hotkey", OWNER.address(), "ssa.limits.per-miner", "1000");
    }

    private OperatorClient client() {
        return new OperatorClient(server.getURI());
    }

    private OperatorClient.Answer review(Map<String, String> headers) {
        return client().send("GET", "/operator/hotkeys/" + ALICE.address(), headers, null);
    }

    @Test
    void noCredentialsOrAWrongTokenIs401() {
        OperatorClient.Answer none = review(Map.of());
        assertEquals(401, none.status(), none.text());
        assertEquals("Operator credentials required", none.get("detail"));
        OperatorClient.Answer wrong = review(bearer(TOKEN + "x"));
        assertEquals(401, wrong.status());
        assertEquals("Unauthorized", wrong.get("detail"));
        assertEquals(401, client().send("POST", "/operator/revocations", bearer("nope"),
                Map.of("hotkey", ALICE.address(), "reason", "x")).status());
        assertEquals(401, client().send("GET", "/operator/grants?signing_key=e2e-access", Map.of(), null).status());
    }

    @Test
    void theOwnersSignatureListsMigrationsAndNoneIsAnEmptyList() {
        OperatorClient.Answer listed = client().send("GET", "/operator/migrations", signedBy(OWNER, "migrate", "list"), null);
        assertEquals(200, listed.status(), listed.text());
        assertEquals(List.of(), listed.get("migrations"), listed.text());
        assertEquals(401, client().send("GET", "/operator/migrations", signedBy(ALICE, "migrate", "list"), null).status(),
                "not the owner");
        assertEquals(401, client().send("GET", "/operator/migrations", signedBy(OWNER, "review", "list"), null).status(),
                "signed for another action");
    }

    @Test
    void theOwnersSignatureWorksOnceForItsOwnActionAndTarget() {
        Map<String, String> headers = signedBy(OWNER, "review", ALICE.address());
        assertEquals(200, review(headers).status());

        OperatorClient.Answer replay = review(headers);
        assertEquals(400, replay.status());
        assertEquals("Replay detected", replay.get("detail"));
        assertEquals(401, review(signedBy(OWNER, "revoke", ALICE.address())).status(), "signed for another action");
        assertEquals(401, review(signedBy(ALICE, "review", ALICE.address())).status(), "not the owner");
    }

    @Test
    void aRevokedHotkeyIsRefusedUntilReinstatedAndItsRecordShowsWhy() throws Exception {
        assertEquals(200, client().folderAccess(ALICE).status());

        OperatorClient.Answer revoked = client().send("POST", "/operator/revocations", bearer(TOKEN),
                Map.of("hotkey", ALICE.address(), "reason", "uploads outside policy"));
        assertEquals(201, revoked.status(), revoked.text());
        assertEquals("admin-token", revoked.get("revoked_by"));
        assertTrue((Integer) revoked.get("outstanding_grants") >= 1, revoked.text());
        try {
            OperatorClient.Answer refused = client().folderAccess(ALICE);
            assertEquals(403, refused.status());
            assertEquals(Map.of("detail", "Hotkey revoked"), refused.json());

            OperatorClient.Answer record = awaitReview(r -> reasons(r).contains("HOTKEY_REVOKED") && reasons(r).contains(null));
            assertEquals(true, record.get("revoked"));
            assertEquals(ALICE.address(), record.get("hotkey"));
            assertFalse(record.list("outstanding_grants").isEmpty());
            Map<String, Object> grant = record.list("outstanding_grants").get(0);
            assertEquals("data/hotkey=" + ALICE.address() + "/", grant.get("prefix"));
            assertEquals(TestStore.CREDENTIALS.accessKeyId() + ":" + SigningKey.fingerprint(TestStore.CREDENTIALS.secretAccessKey()),
                    grant.get("signing_key_id"), "the key ID and the fingerprint of the secret that signed");
            assertTrue(record.list("recent_grants").stream().anyMatch(g -> g.get("id").equals(grant.get("id"))));

            OperatorClient.Answer byKey = client().send("GET", "/operator/grants?signing_key=" + TestStore.CREDENTIALS.accessKeyId(),
                    signedBy(OWNER, "grants-by-key", TestStore.CREDENTIALS.accessKeyId()), null);
            assertEquals(200, byKey.status(), byKey.text());
            assertTrue(byKey.list("outstanding_grants").stream().anyMatch(g -> g.get("id").equals(grant.get("id"))));
        } finally {
            OperatorClient.Answer reinstated = client().send("DELETE", "/operator/revocations/" + ALICE.address(),
                    signedBy(OWNER, "reinstate", ALICE.address()), null);
            assertEquals(204, reinstated.status(), reinstated.text());
        }
        assertEquals(200, client().folderAccess(ALICE).status());
        OperatorClient.Answer again = client().send("DELETE", "/operator/revocations/" + ALICE.address(), bearer(TOKEN), null);
        assertEquals(404, again.status());
        assertEquals("Hotkey not revoked", again.get("detail"));
    }

    @Test
    void badInputIsAnsweredAfterTheCredentialsAreChecked() {
        assertEquals(401, client().send("GET", "/operator/hotkeys/not-a-hotkey", Map.of(), null).status());
        OperatorClient.Answer badHotkey = client().send("GET", "/operator/hotkeys/not-a-hotkey", bearer(TOKEN), null);
        assertEquals(400, badHotkey.status());
        OperatorClient.Answer noReason = client().send("POST", "/operator/revocations", bearer(TOKEN),
                Map.of("hotkey", ALICE.address(), "reason", " "));
        assertEquals(400, noReason.status());
        assertEquals(400, client().send("GET", "/operator/grants", bearer(TOKEN), null).status());
        assertEquals(false, review(bearer(TOKEN)).get("revoked"), "nothing was revoked by bad input");
    }

    private static List<Object> reasons(OperatorClient.Answer review) {
        return review.list("audit").stream().map(event -> event.get("reason_code")).toList();
    }

    /** The audit trail is written in batches behind the request, so its rows appear shortly after. */
    private OperatorClient.Answer awaitReview(Predicate<OperatorClient.Answer> complete) throws InterruptedException {
        OperatorClient.Answer last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            last = review(bearer(TOKEN));
            assertEquals(200, last.status(), last.text());
            if (complete.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("audit rows never appeared: " + last.text());
    }
}
