package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import io.subnetstorage.auth.application.port.out.mirror.SourceHistory;
import io.subnetstorage.auth.application.port.out.mirror.UploadSeen;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MirrorSourcesTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final MirrorSources sources = DB.bean(MirrorSources.class);
    private final GrantLedger grants = DB.bean(GrantLedger.class);

    private void grant(Hotkey miner, String backend, Instant issuedAt, Duration lifetime, Operation... operations) {
        grants.record(new AccessGrant(UUID.randomUUID(), miner, Role.MINER, backend, "bucket", FolderPrefix.ofMiner(miner),
                EnumSet.of(operations[0], operations), issuedAt, issuedAt.plus(lifetime), "key-1:0123abcd"), Fixtures.origin());
    }

    @Test
    void uploadGrantsAreReadOncePerMinerAndStoreWithinTheWindow() {
        Hotkey miner = Fixtures.hotkey();
        Instant t = Fixtures.now().minus(Duration.ofHours(1));
        grant(miner, "s3", t.plusSeconds(1), Duration.ofMinutes(10), Operation.UPLOAD, Operation.LIST);
        grant(miner, "s3", t.plusSeconds(2), Duration.ofMinutes(60), Operation.UPLOAD);
        grant(miner, "hippius", t.plusSeconds(3), Duration.ofMinutes(5), Operation.UPLOAD);
        grant(miner, "s3", t.plusSeconds(4), Duration.ofDays(1), Operation.READ, Operation.LIST);
        grant(miner, "s3", t.plusSeconds(9), Duration.ofDays(1), Operation.UPLOAD);

        List<UploadSeen> seen = sources.uploadsIssued(t, t.plusSeconds(5)).stream().filter(u -> u.miner().equals(miner)).toList();
        assertEquals(2, seen.size(), seen.toString());
        UploadSeen s3 = seen.stream().filter(u -> u.store() == StoreKind.S3).findFirst().orElseThrow();
        assertEquals(t.plusSeconds(2), s3.issuedAt());
        assertEquals(t.plusSeconds(2).plus(Duration.ofMinutes(60)), s3.expiresAt(), "the latest expiry; read grants do not count");
    }

    @Test
    void uploadersAndTheStoresTheyUploadedToAreRememberedAndAStoreIsDrainedUntilGrantedAgain() {
        Hotkey early = Fixtures.hotkey();
        Hotkey late = Fixtures.hotkey();
        Instant t = Fixtures.now().minus(Duration.ofDays(3));
        grant(early, "hippius", t, Duration.ofHours(1), Operation.UPLOAD);
        sources.rememberAll(t.plusSeconds(1));
        sources.remember(List.of(new UploadSeen(late, StoreKind.HIPPIUS, t.plusSeconds(60), t.plus(Duration.ofHours(2)))));

        assertTrue(sources.uploaders().containsAll(List.of(early, late)));
        SourceHistory hippius = history(StoreKind.HIPPIUS);
        assertEquals(t.plus(Duration.ofHours(2)), hippius.uploadsUntil());
        assertFalse(hippius.drained());

        sources.drained(StoreKind.HIPPIUS, t.plus(Duration.ofHours(3)));
        assertTrue(history(StoreKind.HIPPIUS).drained());
        sources.remember(List.of(new UploadSeen(late, StoreKind.HIPPIUS, t.plus(Duration.ofHours(4)), t.plus(Duration.ofHours(5)))));
        assertFalse(history(StoreKind.HIPPIUS).drained(), "a later grant makes it a source again");
    }

    @Test
    void marksAreKeptPerJob() {
        Instant at = Fixtures.now();
        assertEquals(Optional.empty(), sources.mark("test-job"));
        sources.setMark("test-job", at);
        sources.setMark("test-job", at.plusSeconds(5));
        assertEquals(Optional.of(at.plusSeconds(5)), sources.mark("test-job"));
        assertEquals(Optional.empty(), sources.mark("other-job"));
    }

    private SourceHistory history(StoreKind store) {
        return sources.history().stream().filter(h -> h.store() == store).findFirst().orElseThrow();
    }
}
