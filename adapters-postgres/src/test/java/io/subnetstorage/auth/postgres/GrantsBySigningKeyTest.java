package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After a key rotation: which grants did the old key sign that are still live? */
class GrantsBySigningKeyTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final GrantLedger ledger = DB.bean(GrantLedger.class);
    private final GrantHistory history = DB.bean(GrantHistory.class);

    private static AccessGrant signedBy(String key, Instant issuedAt, Duration lifetime) {
        AccessGrant grant = Fixtures.minerGrant(Fixtures.hotkey(), issuedAt, lifetime);
        return new AccessGrant(grant.id(), grant.principal(), grant.role(), grant.backend(), grant.bucket(), grant.prefix(),
                grant.operations(), grant.issuedAt(), grant.expiresAt(), key);
    }

    @Test
    void onlyTheLiveGrantsOfThatKeySoonestToExpireFirst() {
        String rotated = "AKIA" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Fixtures.now();
        AccessGrant longLived = signedBy(rotated, now.minusSeconds(60), Duration.ofHours(3));
        AccessGrant shortLived = signedBy(rotated, now.minusSeconds(30), Duration.ofMinutes(15));
        AccessGrant expired = signedBy(rotated, now.minusSeconds(7200), Duration.ofMinutes(15));
        AccessGrant otherKey = signedBy("AKIAOTHER", now, Duration.ofHours(1));
        for (AccessGrant grant : List.of(longLived, shortLived, expired, otherKey)) {
            ledger.record(grant, Fixtures.origin());
        }

        assertEquals(List.of(shortLived, longLived), history.outstandingSignedBy(rotated, now, 10));
        assertEquals(List.of(shortLived), history.outstandingSignedBy(rotated, now, 1));
        assertEquals(List.of(longLived), history.outstandingSignedBy(rotated, shortLived.expiresAt(), 10), "expiry is exclusive");
        assertEquals(List.of(), history.outstandingSignedBy("AKIANEVERUSED", now, 10));
    }
}
