package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** MINER_STORAGE_CAP_BYTES (SPEC §12): counted from listings at most 10 minutes old, refused before any quota. */
class StorageCapTest {

    /** The fake store counts every object as one byte. */
    private final Harness harness = new Harness(AdmissionRules.deployed().withQuotas(Harness.QUOTAS), OptionalLong.of(3));

    private IssueMinerFolderGrantCommand folderRequest() {
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        return new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"), List.of());
    }

    private void store(int objects) {
        for (int i = 0; i < objects; i++) {
            harness.store.keys.add("data/hotkey=" + MINER.value() + "/job_id=1/f" + harness.store.keys.size() + ".parquet");
        }
    }

    @Test
    void underTheCapGrantsAndAtTheCapRefusesWithoutChargingTheQuota() {
        store(2);
        harness.minerFolders().issue(folderRequest());
        assertEquals(1, harness.quotas.usage(QuotaCounter.MINER_GRANTS, Optional.of(MINER), harness.clock.instant()));

        store(1);
        harness.clock.advance(Duration.ofMinutes(11));
        AccessRefused refused = assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(folderRequest()));
        assertEquals(ReasonCode.STORAGE_CAP_REACHED, refused.reason());
        assertEquals(1, harness.quotas.usage(QuotaCounter.MINER_GRANTS, Optional.of(MINER), harness.clock.instant()),
                "a refusal for the cap costs no quota");
    }

    /** The contract's order: replay (400) before the storage cap (403), so the cap is no shortcut past it. */
    @Test
    void aMinerAtTheCapIsRefusedInTheContractsOrderAndItsRetryIsAReplay() {
        store(3);
        IssueMinerFolderGrantCommand request = folderRequest();
        AccessRefused first = assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(request));
        AccessRefused again = assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(request));

        assertEquals(ReasonCode.STORAGE_CAP_REACHED, first.reason());
        assertEquals(ReasonCode.REPLAYED, again.reason());
        assertEquals(0, harness.oneStepCharges.get(), "a refusal between replay and quota keeps the two steps apart");
        assertEquals(0, harness.quotas.globalUsage(harness.clock.instant()));
    }

    @Test
    void theCountIsReusedForTenMinutes() {
        store(2);
        harness.minerFolders().issue(folderRequest());
        int listings = harness.store.listingsAnswered.get();
        store(5);
        harness.clock.advance(Duration.ofMinutes(9));
        harness.minerFolders().issue(folderRequest());
        assertEquals(listings, harness.store.listingsAnswered.get(), "no new listing within ten minutes");
        harness.clock.advance(Duration.ofMinutes(2));
        assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(folderRequest()));
        assertTrue(harness.store.listingsAnswered.get() > listings);
    }

    @Test
    void aStoreThatCannotBeListedDoesNotStopUploads() {
        store(10);
        harness.store.down = true;
        assertTrue(harness.minerFolders().issue(folderRequest()).isFolderForm(), "uncounted, the grant goes out");
        assertEquals(0, harness.store.listingsAnswered.get());
    }
}
