package io.subnetstorage.auth.domain.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyWithinFolderTest {

    private static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private final FolderPrefix folder = FolderPrefix.ofMiner(ALICE);
    private final KeyWithinFolder policy = new KeyWithinFolder(folder);

    @Test
    void aKeyInsideTheFolderIsAllowed() {
        assertTrue(policy.check(folder.value() + "job_id=1/data_20261123_120000_100.parquet").allowed());
    }

    @Test
    void pathTricksAndOtherFoldersAreDeniedWithTheirReason() {
        for (String key : new String[] {folder.value(), folder.value() + "../x", folder.value() + "./x", "/" + folder.value() + "x",
                "data/hotkey=5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty/x", folder.value() + "a\\b", folder.value() + "a\u0000",
                "data/hotkey=" + ALICE.value() + "x/y", ""}) {
            assertEquals(Optional.of(ReasonCode.KEY_OUTSIDE_FOLDER), policy.check(key).reason(), key);
        }
    }

    @Test
    void aFolderKnowsItsMinerOnlyWhenItIsExactlyAMinerFolder() {
        assertEquals(Optional.of(ALICE), folder.miner());
        assertFalse(new FolderPrefix("data/hotkey=../").miner().isPresent());
        assertFalse(folder.child("job_id=1").miner().isPresent());
    }
}
