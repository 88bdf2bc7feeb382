package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.EVE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets the contract's answer, never a 500; refused requests cost the miner no quota. */
@MicronautTest
class BadInputEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.limits.per-miner", "3");
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private void assertRefused(int status, Object detail, Wire.Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        assertEquals(detail, answer.detail(), answer.text());
    }

    @Test
    void malformedOrIllTypedBodiesAre422WithAList() {
        for (String body : List.of("{not json", "{\"hotkey\": \"x\"}", "{\"coldkey\":\"a\",\"hotkey\":\"b\",\"timestamp\":\"soon\",\"signature\":\"c\"}",
                "[]", "")) {
            Wire.Answer answer = wire().postRaw("/get-folder-access", body, Map.of());
            assertEquals(422, answer.status(), body + " -> " + answer.text());
            assertInstanceOf(List.class, answer.detail(), body);
        }
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String huge = "{\"hotkey\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertRefused(413, "Request body too large", wire().postRaw("/get-folder-access", huge, Map.of()));
    }

    @Test
    void unparseableSignaturesAndAddressesAreInvalidSignatures() {
        Map<String, Object> good = Signer.miner(ALICE, now());
        String signature = (String) good.get("signature");
        for (Map<String, Object> bad : List.of(Signer.with(good, "signature", "zz" + signature.substring(2)),
                Signer.with(good, "signature", signature.substring(0, 100)), Signer.with(good, "hotkey", "5NotAnAddress0OIl"),
                Signer.with(good, "hotkey", ALICE.address().substring(0, 47) + "Z"), Signer.with(good, "coldkey", "../../etc/passwd"))) {
            assertRefused(401, "Invalid signature", wire().post("/get-folder-access", bad));
        }
    }

    @Test
    void staleAndFutureTimestampsAndUnregisteredMinersAreRefusedWithTheDeployedTexts() {
        assertRefused(400, "Invalid timestamp", wire().post("/get-folder-access", Signer.miner(ALICE, now() - 400)));
        assertRefused(400, "Invalid timestamp", wire().post("/get-folder-access", Signer.miner(ALICE, now() + 120)));
        assertRefused(400, "Invalid timestamp",
                wire().post("/get-folder-access", Signer.with(Signer.miner(ALICE, now()), "expiry", now() - 1)));
        assertRefused(401, "Invalid signature", wire().post("/get-folder-access", Signer.miner(EVE, now())));
        assertRefused(400, "miner_hotkey is required",
                wire().post("/get-miner-specific-access", Signer.with(Signer.aboutMiner(Signer.BOB, ALICE, now()), "miner_hotkey", null)));
    }

    @Test
    void unknownFieldsAreIgnoredAndPaddedSignaturesAccepted() {
        Map<String, Object> body = Signer.with(Signer.miner(ALICE, now()), "client_version", "9.9");
        body = Signer.with(body, "signature", "0x" + body.get("signature"));
        assertEquals(200, wire().post("/get-folder-access", body).status());
    }

    @Test
    void theDailyLimitCountsOnlyAuthenticRequestsAndSaysWhenToRetry() {
        Map<String, Object> forged = Signer.with(Signer.miner(CHARLIE, now()), "signature", Signer.miner(ALICE, now()).get("signature"));
        for (int i = 0; i < 5; i++) {
            assertRefused(401, "Invalid signature", wire().post("/get-folder-access", forged));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(200, wire().post("/get-folder-access", Signer.miner(CHARLIE, now())).status());
        }
        Wire.Answer limited = wire().post("/get-folder-access", Signer.miner(CHARLIE, now()));
        assertRefused(429, "Daily limit of 3 exceeded.", limited);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 86_400, "seconds until midnight UTC: " + retryAfter);
    }
}
