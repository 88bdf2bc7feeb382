package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@code files} on a PUT store (SPEC §7): one signed PUT per file, the file budget, a ledger row per URL. */
class ObjectUploadsTest {

    private final Harness harness = new Harness();
    private final FakeObjectStore hippius = new FakeObjectStore(StoreKind.HIPPIUS, false);

    private IssueMinerFolderGrantService service() {
        StoreRouter router = new StoreRouter(new StoreRegistry(List.of(hippius)), StorePhases.single(StoreKind.HIPPIUS),
                miner -> Optional.empty());
        return new IssueMinerFolderGrantService(harness.gate, router, UploadRules.DEPLOYED, new io.subnetstorage.auth.application.storage.MinerBuckets(), harness.attributions);
    }

    private IssueMinerFolderGrantCommand command(List<UploadFile> files) {
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        return new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"), files);
    }

    private static UploadFile file(String job, String name, long size) {
        return new UploadFile(job, name, OptionalLong.of(size), Optional.of("ab".repeat(32)));
    }

    @Test
    void eachFileGetsASignedPutAndALedgerRowWithItsKeyMethodAndSize() {
        MinerFolderGrant grant = service().issue(command(List.of(file("1", "a.parquet", 2000), file("1", "b.parquet", 3000))));
        assertTrue(grant.form().isEmpty());
        String folder = "data/hotkey=" + MINER.value() + "/";
        assertEquals(List.of(folder + "job_id=1/a.parquet", folder + "job_id=1/b.parquet"), List.copyOf(grant.uploads().keySet()));
        var headers = grant.uploads().get(folder + "job_id=1/a.parquet").upload().headers();
        assertEquals("2000", headers.get("Content-Length"));
        assertEquals("ab".repeat(32), headers.get("x-amz-meta-sha256"));
        List<AccessGrant> rows = harness.records.grants;
        assertEquals(3, rows.size(), "two objects and the folder listing");
        AccessGrant first = rows.get(0);
        assertEquals(Optional.of(folder + "job_id=1/a.parquet"), first.objectKey().map(Object::toString));
        assertEquals(Optional.of("PUT"), first.httpMethod());
        assertEquals(OptionalLong.of(2000), first.sizeBound());
        assertEquals("hippius", first.backend());
        var now = harness.clock.instant();
        assertEquals(2, harness.quotas.usage(QuotaCounter.MINER_FILES, Optional.of(MINER), now));
        assertEquals(1, harness.quotas.usage(QuotaCounter.MINER_GRANTS, Optional.of(MINER), now));
    }

    @Test
    void badKeysAndSizesAreRefusedBeforeAnySignatureWork() {
        for (var bad : List.of(file("..", "a", 2000), file("1", "a|b", 2000), file("1", "a", 10))) {
            AccessRefused refused = assertThrows(AccessRefused.class, () -> service().issue(command(List.of(bad))));
            assertTrue(List.of(ReasonCode.JOB_ID_INVALID, ReasonCode.FILENAME_INVALID, ReasonCode.FILE_SIZE_OUT_OF_RANGE)
                    .contains(refused.reason()), refused.reason()::name);
        }
        assertEquals(0, harness.signatures.verifications.get());
    }

    @Test
    void aBatchOverTheFileBudgetIsRefusedWhole() {
        List<UploadFile> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> file("1", "f" + i, 2000)).toList();
        AccessRefused refused = assertThrows(AccessRefused.class, () -> service().issue(command(eleven)));
        assertEquals(ReasonCode.DAILY_QUOTA_EXCEEDED, refused.reason());
        assertEquals(OptionalLong.of(Harness.QUOTAS.filesPerMiner()), refused.limit());
        assertTrue(harness.records.grants.isEmpty());
    }

    @Test
    void withoutFilesAPutOnlyDeploymentRefusesWithTheContractsText() {
        assertEquals(ReasonCode.PUT_UPLOADS_NEED_FILES, assertThrows(AccessRefused.class, () -> service().issue(command(List.of()))).reason());
    }

    @Test
    void aKeyOrMetadataTheStoreRefusesIsABadRequestAndGrantsNothing() {
        hippius.maxMetadataValue = 10;
        AccessRefused refused = assertThrows(AccessRefused.class, () -> service().issue(command(List.of(file("1", "a.parquet", 2000)))));
        assertEquals(ReasonCode.STORE_REFUSED_OBJECT, refused.reason());
        assertTrue(harness.records.grants.isEmpty());
    }
}
