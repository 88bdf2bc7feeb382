package io.subnetstorage.auth.application.service.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.operator.HotkeyReview;
import io.subnetstorage.auth.application.port.in.operator.ListGrantsBySigningKeyQuery;
import io.subnetstorage.auth.application.port.in.operator.Operator;
import io.subnetstorage.auth.application.port.in.operator.ReinstateHotkeyCommand;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyQuery;
import io.subnetstorage.auth.application.port.in.operator.RevokeHotkeyCommand;
import io.subnetstorage.auth.application.port.in.operator.SignedGrants;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OperatorUseCasesTest {

    private static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final FakeLedger ledger = new FakeLedger();
    private final HotkeyRevocationService revocations = new HotkeyRevocationService(ledger, CLOCK);

    private static AccessGrant grant(Hotkey to, Instant issued, Duration lifetime, String key) {
        return new AccessGrant(UUID.randomUUID(), to, Role.MINER, "s3", "bucket", FolderPrefix.ofMiner(to),
                EnumSet.of(Operation.UPLOAD), issued, issued.plus(lifetime), key);
    }

    private static AuditEvent event(Hotkey who, Instant at, Optional<ReasonCode> denial) {
        return new AuditEvent(at, new RequestOrigin("r", "/get-folder-access", "127.0.0.1"), Role.MINER, Optional.of(who.value()), denial);
    }

    @Test
    void aRevocationRecordsItsReasonAndOperatorAndCanBeLifted() {
        revocations.revoke(new RevokeHotkeyCommand(ALICE, "  leaked key ", Operator.ADMIN_TOKEN));

        assertEquals(new FakeLedger.Revocation("leaked key", "admin-token", NOW), ledger.revoked.get(ALICE));
        assertTrue(revocations.reinstate(new ReinstateHotkeyCommand(ALICE, Operator.owner(BOB.value()))));
        assertFalse(revocations.reinstate(new ReinstateHotkeyCommand(ALICE, Operator.ADMIN_TOKEN)), "not revoked any more");
        assertEquals(List.of("revoked " + ALICE + " by admin-token", "reinstated " + ALICE + " by owner:" + BOB), ledger.history);
    }

    @Test
    void aRevocationWithoutAReasonIsNotACommand() {
        assertThrows(IllegalArgumentException.class, () -> new RevokeHotkeyCommand(ALICE, " ", Operator.ADMIN_TOKEN));
        assertThrows(IllegalArgumentException.class, () -> new RevokeHotkeyCommand(ALICE, "x".repeat(501), Operator.ADMIN_TOKEN));
        assertThrows(IllegalArgumentException.class, () -> new ReviewHotkeyQuery(ALICE, 0));
        assertThrows(IllegalArgumentException.class, () -> new ListGrantsBySigningKeyQuery("", 10));
    }

    @Test
    void aReviewShowsTheRevocationLiveAndRecentGrantsAndTheAuditTrail() {
        AccessGrant live = grant(ALICE, NOW.minusSeconds(60), Duration.ofHours(1), "AKIA1");
        AccessGrant expired = grant(ALICE, NOW.minusSeconds(7200), Duration.ofHours(1), "AKIA1");
        ledger.grants.addAll(List.of(expired, live, grant(BOB, NOW, Duration.ofHours(1), "AKIA1")));
        ledger.events.addAll(List.of(event(ALICE, NOW.minusSeconds(60), Optional.empty()),
                event(ALICE, NOW.minusSeconds(5), Optional.of(ReasonCode.HOTKEY_REVOKED)), event(BOB, NOW, Optional.empty())));
        revocations.revoke(new RevokeHotkeyCommand(ALICE, "abuse", Operator.ADMIN_TOKEN));

        HotkeyReview review = new ReviewHotkeyService(ledger, ledger, CLOCK).review(new ReviewHotkeyQuery(ALICE, 10));

        assertTrue(review.revoked());
        assertEquals(List.of(live), review.outstanding());
        assertEquals(List.of(live, expired), review.recent());
        assertEquals(List.of(Optional.of(ReasonCode.HOTKEY_REVOKED), Optional.empty()),
                review.audit().stream().map(AuditEvent::denial).toList());
    }

    @Test
    void grantsBySigningKeyAreTheLiveOnesOfThatKeyAndSayWhenCut() {
        AccessGrant soon = grant(ALICE, NOW, Duration.ofMinutes(10), "AKIAOLD");
        AccessGrant later = grant(BOB, NOW, Duration.ofHours(2), "AKIAOLD");
        ledger.grants.addAll(List.of(later, soon, grant(ALICE, NOW, Duration.ofHours(1), "AKIANEW"),
                grant(BOB, NOW.minusSeconds(7200), Duration.ofHours(1), "AKIAOLD")));
        ListGrantsBySigningKeyService service = new ListGrantsBySigningKeyService(ledger, CLOCK);

        assertEquals(new SignedGrants("AKIAOLD", List.of(soon, later), false), service.outstanding(new ListGrantsBySigningKeyQuery("AKIAOLD", 10)));
        assertEquals(new SignedGrants("AKIAOLD", List.of(soon), true), service.outstanding(new ListGrantsBySigningKeyQuery("AKIAOLD", 1)));
        assertEquals(new SignedGrants("AKIAOLD", List.of(soon, later), false), service.outstanding(new ListGrantsBySigningKeyQuery("AKIAOLD", 2)));
    }
}
