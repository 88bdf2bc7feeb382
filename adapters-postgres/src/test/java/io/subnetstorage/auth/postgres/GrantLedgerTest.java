package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GrantLedgerTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final GrantLedger ledger = DB.bean(GrantLedger.class);
    private final GrantHistory history = DB.bean(GrantHistory.class);
    private final TestDatabase database = DB.database();

    @Test
    void aRecordedGrantIsOutstandingUntilItExpires() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        AccessGrant live = Fixtures.minerGrant(miner, now.minusSeconds(60), Duration.ofMinutes(15));
        AccessGrant expired = Fixtures.minerGrant(miner, now.minusSeconds(3600), Duration.ofMinutes(15));
        RequestOrigin origin = Fixtures.origin();

        ledger.record(live, origin);
        ledger.record(expired, Fixtures.origin());

        assertEquals(List.of(live), history.outstanding(miner, now));
        assertEquals(List.of(live, expired), history.recent(miner, 10));
        assertEquals(List.of(), history.outstanding(miner, live.expiresAt()), "expiry is exclusive");
        assertEquals(1, database.count("SELECT count(*) FROM access_grants WHERE id = ? AND request_id = ?"
                + " AND endpoint = ? AND client_address = ?",
                live.id(), origin.requestId(), origin.endpoint(), origin.clientAddress()));
    }

    @Test
    void recentIsNewestFirstAndLimited() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        AccessGrant first = Fixtures.minerGrant(miner, now.minusSeconds(30), Duration.ofMinutes(15));
        AccessGrant second = Fixtures.minerGrant(miner, now.minusSeconds(20), Duration.ofMinutes(15));
        AccessGrant third = Fixtures.minerGrant(miner, now.minusSeconds(10), Duration.ofMinutes(15));
        ledger.record(first, Fixtures.origin());
        ledger.record(third, Fixtures.origin());
        ledger.record(second, Fixtures.origin());
        ledger.record(Fixtures.minerGrant(Fixtures.hotkey(), now, Duration.ofMinutes(15)), Fixtures.origin());

        assertEquals(List.of(third, second), history.recent(miner, 2));
        assertEquals(3, history.outstanding(miner, now).size());
    }

    @Test
    void aDuplicateGrantIdIsNotReportedAsRecorded() throws Exception {
        AccessGrant grant = Fixtures.minerGrant(Fixtures.hotkey(), Fixtures.now(), Duration.ofMinutes(5));
        ledger.record(grant, Fixtures.origin());

        assertThrows(DependencyUnavailable.class, () -> ledger.record(grant, Fixtures.origin()));
        assertEquals(1, database.count("SELECT count(*) FROM access_grants WHERE id = ?", grant.id()));
    }

    @Test
    void clientTextWithNulBytesDoesNotFailTheGrant() throws Exception {
        AccessGrant grant = Fixtures.minerGrant(Fixtures.hotkey(), Fixtures.now(), Duration.ofMinutes(5));
        ledger.record(grant, new RequestOrigin("req\0-1", "/v1/miner/folder-access", "198.51.100.1"));

        assertEquals(1, database.count("SELECT count(*) FROM access_grants WHERE request_id = 'req-1'"));
    }

    /** Every column round-trips, a request's grants land together, and each keeps its own nullable fields. */
    @Test
    void aRequestsGrantsAreRecordedWholeWithEveryField() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        AccessGrant folder = Fixtures.minerGrant(miner, now.minusSeconds(30), Duration.ofMinutes(15)).withMethod("POST", OptionalLong.of(5_000_000));
        AccessGrant file = Fixtures.minerGrant(miner, now.minusSeconds(20), Duration.ofMinutes(15))
                .forKey(new ObjectKey(folder.prefix().value() + "job_id=1/a.parquet"), "PUT", OptionalLong.empty())
                .withSizeCheck(SizeCheck.deleted(10, now));
        AccessGrant absent = Fixtures.minerGrant(miner, now.minusSeconds(10), Duration.ofMinutes(15))
                .forKey(new ObjectKey(folder.prefix().value() + "job_id=1/b.parquet"), "GET", OptionalLong.of(0))
                .withSizeCheck(SizeCheck.absent(now));

        ledger.recordAll(List.of(folder, file, absent), Fixtures.origin());

        assertEquals(List.of(absent, file, folder), history.recent(miner, 10));
    }

    @Test
    void aRequestWithADuplicateIdRecordsNoneOfItsGrants() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        AccessGrant kept = Fixtures.minerGrant(miner, Fixtures.now(), Duration.ofMinutes(5));
        ledger.record(kept, Fixtures.origin());
        AccessGrant fresh = Fixtures.minerGrant(miner, Fixtures.now(), Duration.ofMinutes(5));

        assertThrows(DependencyUnavailable.class, () -> ledger.recordAll(List.of(fresh, kept), Fixtures.origin()));
        assertEquals(0, database.count("SELECT count(*) FROM access_grants WHERE id = ?", fresh.id()));
    }
}
