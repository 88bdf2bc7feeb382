package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.UnboundedUpload;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The size check's selection and record on the real schema: only what it must check, in order, once. */
class UnboundedUploadsTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private static final Set<StoreKind> BOTH = EnumSet.of(StoreKind.S3, StoreKind.HIPPIUS);

    private final UnboundedUploads uploads = DB.bean(UnboundedUploads.class);
    private final GrantLedger ledger = DB.bean(GrantLedger.class);
    private final GrantHistory history = DB.bean(GrantHistory.class);
    private final Instant now = Fixtures.now();

    /**
     * A ledger row of an upload URL for one key of the miner's folder, expired {@code ago} before {@link #now}. Each test
     * asks only about its own miner's folder, so the tests of this class share the database without seeing each other.
     */
    private AccessGrant granted(Hotkey miner, String store, String file, String method, OptionalLong bound, Duration ago) {
        AccessGrant folder = Fixtures.minerGrant(miner, now.minus(ago).minus(Duration.ofHours(1)), Duration.ofHours(1));
        AccessGrant row = new AccessGrant(folder.id(), miner, folder.role(), store, "uploads", folder.prefix(), folder.operations(),
                folder.issuedAt(), folder.expiresAt(), folder.signingKeyId())
                .forKey(new ObjectKey(folder.prefix().value() + "job_id=1/" + file), method, bound);
        ledger.record(row, Fixtures.origin());
        return row;
    }

    private AccessGrant unbounded(Hotkey miner, String store, String file, Duration ago) {
        return granted(miner, store, file, "PUT", OptionalLong.empty(), ago);
    }

    private List<UnboundedUpload> due(Hotkey miner, Set<StoreKind> stores, Optional<UnboundedUpload> after, int limit) {
        return uploads.due(stores, FolderPrefix.ofMiner(miner), now, after, limit);
    }

    private static List<UUID> ids(List<UnboundedUpload> due) {
        return due.stream().map(UnboundedUpload::grantId).toList();
    }

    @Test
    void onlyExpiredUncheckedPutsWithoutASizeOnTheGivenStoresAreDueOldestFirst() {
        Hotkey miner = Fixtures.hotkey();
        AccessGrant older = unbounded(miner, "hippius", "older.bin", Duration.ofMinutes(30));
        AccessGrant newer = unbounded(miner, "hippius", "newer.bin", Duration.ofMinutes(10));
        AccessGrant onS3 = unbounded(miner, "s3", "s3.bin", Duration.ofMinutes(20));
        unbounded(miner, "hippius", "live.bin", Duration.ofMinutes(-5));
        unbounded(miner, "huggingface", "gone-store.bin", Duration.ofMinutes(40));
        granted(miner, "hippius", "sized.bin", "PUT", OptionalLong.of(2000), Duration.ofMinutes(40));
        granted(miner, "hippius", "form.bin", "POST", OptionalLong.empty(), Duration.ofMinutes(40));

        assertEquals(List.of(older.id(), onS3.id(), newer.id()), ids(due(miner, BOTH, Optional.empty(), 10)));
        assertEquals(List.of(older.id(), newer.id()), ids(due(miner, EnumSet.of(StoreKind.HIPPIUS), Optional.empty(), 10)));
        assertEquals(List.of(), ids(due(Fixtures.hotkey(), BOTH, Optional.empty(), 10)),
                "only keys under the prefix asked for");

        UnboundedUpload first = due(miner, BOTH, Optional.empty(), 10).get(0);
        assertEquals(new UnboundedUpload(older.id(), miner, StoreKind.HIPPIUS, new BucketName("uploads"),
                older.objectKey().orElseThrow(), older.expiresAt()), first);
    }

    @Test
    void aCursorPagesThroughGrantsThatExpiredAtTheSameInstant() {
        Hotkey miner = Fixtures.hotkey();
        for (int i = 0; i < 5; i++) {
            unbounded(miner, "hippius", "same" + i + ".bin", Duration.ofMinutes(15));
        }
        List<UnboundedUpload> firstPage = due(miner, BOTH, Optional.empty(), 3);
        List<UnboundedUpload> secondPage = due(miner, BOTH, Optional.of(firstPage.get(2)), 3);
        assertEquals(3, firstPage.size());
        assertEquals(2, secondPage.size());
        List<UUID> all = new java.util.ArrayList<>(ids(firstPage));
        all.addAll(ids(secondPage));
        assertEquals(5, Set.copyOf(all).size(), "every grant once, none skipped: " + all);
    }

    @Test
    void aRecordedCheckEndsTheGrantsTurnAndShowsInTheMinersHistory() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        AccessGrant tiny = unbounded(miner, "hippius", "tiny.bin", Duration.ofMinutes(30));
        AccessGrant unused = unbounded(miner, "hippius", "unused.bin", Duration.ofMinutes(20));
        List<UnboundedUpload> due = due(miner, BOTH, Optional.empty(), 10);
        SizeCheck deleted = SizeCheck.deleted(10, Fixtures.now());
        SizeCheck absent = SizeCheck.absent(Fixtures.now());

        uploads.record(due.get(0), deleted);
        uploads.record(due.get(1), absent);
        uploads.record(due.get(0), SizeCheck.ok(2000, Fixtures.now()));

        assertEquals(List.of(), due(miner, BOTH, Optional.empty(), 10));
        assertEquals(List.of(unused.withSizeCheck(absent), tiny.withSizeCheck(deleted)), history.recent(miner, 10),
                "the first outcome stays");
        assertEquals(1, DB.database().count("SELECT count(*) FROM access_grants WHERE id = ? AND size_check = 'deleted'"
                + " AND size_found = 10 AND size_checked_at IS NOT NULL", tiny.id()));
    }

    @Test
    void theSchemaRefusesAHalfRecordedCheck() {
        Hotkey miner = Fixtures.hotkey();
        AccessGrant row = unbounded(miner, "hippius", "half.bin", Duration.ofMinutes(30));
        assertThrows(SQLException.class, () -> DB.database().execute(
                "UPDATE access_grants SET size_check = 'deleted' WHERE id = '" + row.id() + "'"), "no time, no size");
        assertThrows(SQLException.class, () -> DB.database().execute("UPDATE access_grants SET size_check = 'absent', size_found = 3,"
                + " size_checked_at = now() WHERE id = '" + row.id() + "'"), "absent has no size");
        assertThrows(SQLException.class, () -> DB.database().execute("UPDATE access_grants SET size_check = 'gone', size_found = 3,"
                + " size_checked_at = now() WHERE id = '" + row.id() + "'"), "an unknown outcome");
    }
}
