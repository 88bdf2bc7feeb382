package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The phases of SPEC §7 answered by one router: uploads with the rollout rule, per-miner and global reads. */
class StoreRoutingTest {

    private final FakeObjectStore s3 = new FakeObjectStore(StoreKind.S3, true);
    private final FakeObjectStore hippius = new FakeObjectStore(StoreKind.HIPPIUS, false);
    private final Map<Hotkey, StoreKind> latest = new java.util.HashMap<>();

    private StoreRouter router(StorePhases phases) {
        return new StoreRouter(new StoreRegistry(List.of(s3, hippius)), phases, miner -> Optional.ofNullable(latest.get(miner)));
    }

    /** MINER (Alice) is in rollout bucket 29, VALIDATOR (Bob) in bucket 0 (see RolloutRuleTest). */
    @Test
    void theRolloutMovesMinersWhoseBucketIsUnderThePercent() {
        StoreRouter thirty = router(new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 30, StoreKind.S3, Set.of()));
        assertEquals(StoreKind.HIPPIUS, thirty.objectUploads(MINER).store().descriptor().kind());
        StoreRouter twentyNine = router(new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 29, StoreKind.S3, Set.of()));
        assertEquals(StoreKind.S3, twentyNine.objectUploads(MINER).store().descriptor().kind());
    }

    @Test
    void todaysSubnet46ClientStaysOnThePostStoreWhileOneIsConfigured() {
        StoreRouter cutover = router(new StorePhases(StoreKind.HIPPIUS, Optional.empty(), 0, StoreKind.HIPPIUS, Set.of(StoreKind.S3)));
        assertEquals(StoreKind.HIPPIUS, cutover.objectUploads(MINER).store().descriptor().kind());
        assertEquals(StoreKind.S3, cutover.folderForm(MINER).store().descriptor().kind(), "no files: a folder form from S3");
        StoreRouter hippiusOnly = new StoreRouter(new StoreRegistry(List.of(hippius)), StorePhases.single(StoreKind.HIPPIUS),
                miner -> Optional.empty());
        assertEquals(ReasonCode.PUT_UPLOADS_NEED_FILES, assertThrows(AccessRefused.class, () -> hippiusOnly.folderForm(MINER)).reason());
    }

    @Test
    void perMinerReadsFollowTheLatestUploadStoreAndAValidatorMayNameOne() {
        StoreRouter router = router(new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 30, StoreKind.S3, Set.of()));
        assertEquals(StoreKind.S3, router.minerRead(MINER, Optional.empty()).store().descriptor().kind(), "no upload yet: the read store");
        latest.put(MINER, StoreKind.HIPPIUS);
        assertEquals(StoreKind.HIPPIUS, router.minerRead(MINER, Optional.empty()).store().descriptor().kind());
        assertEquals(StoreKind.S3, router.minerRead(MINER, router.readableStore(Optional.of("s3"))).store().descriptor().kind());
        assertEquals(StoreKind.S3, router.globalRead(Optional.empty()).store().descriptor().kind());
        for (String cannot : List.of("huggingface", "gcs")) {
            assertEquals(ReasonCode.STORE_CANNOT_SERVE_READS,
                    assertThrows(AccessRefused.class, () -> router.readableStore(Optional.of(cannot))).reason(), cannot);
        }
    }

    @Test
    void rolesAreTheFirstEachStorePlays() {
        StorePhases rollout = new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 30, StoreKind.S3,
                Set.of(StoreKind.S3, StoreKind.HIPPIUS));
        assertEquals(Optional.of("upload"), rollout.roleOf(StoreKind.S3));
        assertEquals(Optional.of("upload-next"), rollout.roleOf(StoreKind.HIPPIUS));
        assertEquals(Optional.of("mirror"), new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 0, StoreKind.S3,
                Set.of(StoreKind.HIPPIUS)).roleOf(StoreKind.HIPPIUS), "a next store at 0 % plays no upload role");
        StorePhases validation = new StorePhases(StoreKind.S3, Optional.empty(), 0, StoreKind.HIPPIUS, Set.of(StoreKind.HIPPIUS));
        assertEquals(Optional.of("read"), validation.roleOf(StoreKind.HIPPIUS), "read comes before mirror");
        assertEquals(Optional.empty(), StorePhases.single(StoreKind.S3).roleOf(StoreKind.HIPPIUS), "a store with no part is idle");
    }
}
