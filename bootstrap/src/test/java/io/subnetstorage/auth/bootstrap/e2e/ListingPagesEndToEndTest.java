package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.Uploads;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2: one captured /get-miner-list body resent with made-up tokens got thousands of answers
 * and used up the validator's day. Now: later pages cost the page budget, each page once, every page a
 * ledger grant, tokens at most 4096 characters. Item 7: one miner's thousands of job folders are capped.
 */
@MicronautTest
class ListingPagesEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.limits.list-pages-per-validator", "5", "ssa.limits.per-validator", "50",
                "ssa.limits.max-job-folders-per-miner", "3");
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private long count(String sql) throws Exception {
        try (var db = database().connect(); ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void madeUpTokensCostThePageBudgetAndEveryPageIsAGrant() throws Exception {
        Map<String, Object> captured = Signer.aboutMiner(BOB, CHARLIE, now());
        long before = count("SELECT count(*) FROM access_grants WHERE endpoint = '/get-miner-list'");
        assertEquals(200, wire().post("/get-miner-list", captured).status());
        for (int i = 1; i <= 5; i++) {
            Wire.Answer page = wire().post("/get-miner-list", Signer.with(captured, "continuation_token", "made-up-" + i));
            assertEquals(200, page.status(), page.text());
        }
        Wire.Answer sixth = wire().post("/get-miner-list", Signer.with(captured, "continuation_token", "made-up-6"));
        assertEquals(429, sixth.status());
        assertEquals("Daily limit of 5 exceeded.", sixth.detail());
        assertEquals("Replay detected", wire().post("/get-miner-list", Signer.with(captured, "continuation_token", "made-up-2")).detail());
        assertEquals(before + 6, count("SELECT count(*) FROM access_grants WHERE endpoint = '/get-miner-list'"));
        Map<?, ?> limits = wire().get("/rate-limits").json();
        assertEquals(5, ((Map<?, ?>) limits.get("rate_limits")).get("daily_list_pages_per_validator"));

        Wire.Answer tooLong = wire().post("/get-miner-list", Signer.with(Signer.aboutMiner(BOB, CHARLIE, now()), "continuation_token",
                "t".repeat(4097)));
        assertEquals(400, tooLong.status());
        assertEquals("Invalid continuation token", tooLong.detail());
    }

    @Test
    void oneMinersFoldersAreCappedAndBadlyNamedOnesSkipped() {
        // A hotkey of its own, so other tests' folders cannot change what comes first; the bad names sort first.
        String hotkey = Sr25519Keypair.fromUri("//jobs-" + UUID.randomUUID()).address();
        String miner = "data/hotkey=" + hotkey + "/";
        List<ObjectKey> keys = List.of("job_id=../x", "job_id=%bad/x", "job_id=a/x", "job_id=b/x", "job_id=c/x", "job_id=d/x")
                .stream().map(key -> new ObjectKey(miner + key)).toList();
        Uploads.all(TestStore.store(), TestStore.bucket(), keys, new byte[1]);
        Wire.Answer answer = wire().post("/get-folder-presigned-urls", Signer.folders(BOB, now()));
        assertEquals(200, answer.status(), answer.text());
        Map<?, ?> entry = (Map<?, ?>) answer.map("folder_urls").get(hotkey);
        assertEquals(true, entry.get("truncated"));
        List<?> jobs = ((List<?>) entry.get("job_folders")).stream().map(job -> ((Map<?, ?>) job).get("job_id")).toList();
        assertEquals(List.of("a", "b", "c"), jobs);
        assertEquals(3, entry.get("total_jobs"));
        Map<?, ?> charlie = (Map<?, ?>) answer.map("folder_urls").get(CHARLIE.address());
        assertTrue(charlie == null || charlie.get("truncated") instanceof Boolean, "every entry says whether it was cut");
    }
}
