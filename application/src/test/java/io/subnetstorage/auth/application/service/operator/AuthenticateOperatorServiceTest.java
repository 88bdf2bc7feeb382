package io.subnetstorage.auth.application.service.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.inprocess.InProcessReplayGuard;
import io.subnetstorage.auth.application.port.in.operator.AuthenticateOperatorCommand;
import io.subnetstorage.auth.application.port.in.operator.Operator;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefusal;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefused;
import io.subnetstorage.auth.application.port.in.operator.OwnerProof;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticateOperatorServiceTest {

    private static final Hotkey OWNER = Hotkey.of("5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL");
    private static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private ReplayGuard replays = new InProcessReplayGuard();

    private AuthenticateOperatorService service(Optional<String> token, Optional<Hotkey> owner) {
        return new AuthenticateOperatorService(new OperatorAuthority(token, owner), new OwnerKeys(), replays,
                TimestampWithinWindow.DEPLOYED, CLOCK);
    }

    private static OwnerProof signed(Hotkey signer, String action, String target, long timestamp) {
        String text = Commitment.operator(action, target, timestamp).text();
        return new OwnerProof(signer, timestamp, OwnerKeys.sign(signer.value(), text));
    }

    private static AuthenticateOperatorCommand byToken(String token) {
        return new AuthenticateOperatorCommand(Optional.of(token), Optional.empty(), "revoke", ALICE.value());
    }

    private static AuthenticateOperatorCommand bySignature(OwnerProof proof, String action, String target) {
        return new AuthenticateOperatorCommand(Optional.empty(), Optional.of(proof), action, target);
    }

    private static OperatorRefusal refusal(Runnable call) {
        return assertThrows(OperatorRefused.class, call::run).reason();
    }

    @Test
    void withNothingConfiguredEvenACorrectLookingCallerIsRefused() {
        AuthenticateOperatorService closed = service(Optional.of(" "), Optional.empty());
        assertEquals(OperatorRefusal.NOT_CONFIGURED, refusal(() -> closed.authenticate(byToken(" "))));
    }

    @Test
    void theAdminTokenAdmitsAndAnyOtherTokenDoesNot() {
        AuthenticateOperatorService service = service(Optional.of("s3cret-token"), Optional.empty());
        assertEquals(Operator.ADMIN_TOKEN, service.authenticate(byToken("s3cret-token")));
        assertEquals(OperatorRefusal.TOKEN_INVALID, refusal(() -> service.authenticate(byToken("s3cret-tokeN"))));
        assertEquals(OperatorRefusal.TOKEN_INVALID, refusal(() -> service.authenticate(byToken("s3cret-token "))));
        assertEquals(OperatorRefusal.CREDENTIALS_MISSING, refusal(() -> service.authenticate(
                new AuthenticateOperatorCommand(Optional.empty(), Optional.empty(), "review", ALICE.value()))));
    }

    @Test
    void aTokenIsRefusedWhenOnlyTheOwnerKeyIsConfigured() {
        AuthenticateOperatorService service = service(Optional.empty(), Optional.of(OWNER));
        assertEquals(OperatorRefusal.TOKEN_INVALID, refusal(() -> service.authenticate(byToken("anything"))));
    }

    @Test
    void theOwnersFreshSignatureAdmitsOnce() {
        AuthenticateOperatorService service = service(Optional.empty(), Optional.of(OWNER));
        OwnerProof proof = signed(OWNER, "revoke", ALICE.value(), NOW.getEpochSecond());

        assertEquals(Operator.owner(OWNER.value()), service.authenticate(bySignature(proof, "revoke", ALICE.value())));
        assertEquals(OperatorRefusal.REPLAYED, refusal(() -> service.authenticate(bySignature(proof, "revoke", ALICE.value()))));
    }

    @Test
    void aSignatureAuthorisesOnlyTheActionAndTargetItNames() {
        AuthenticateOperatorService service = service(Optional.empty(), Optional.of(OWNER));
        OwnerProof proof = signed(OWNER, "review", ALICE.value(), NOW.getEpochSecond());

        assertEquals(OperatorRefusal.SIGNATURE_INVALID, refusal(() -> service.authenticate(bySignature(proof, "revoke", ALICE.value()))));
        assertEquals(OperatorRefusal.SIGNATURE_INVALID, refusal(() -> service.authenticate(bySignature(proof, "review", OWNER.value()))));
        assertEquals(OperatorRefusal.SIGNATURE_INVALID, refusal(() -> service.authenticate(bySignature(proof, "review", "a:b"))));
    }

    @Test
    void onlyTheOwnerAndOnlyFreshSignaturesCount() {
        AuthenticateOperatorService service = service(Optional.of("token"), Optional.of(OWNER));
        OwnerProof byAlice = signed(ALICE, "revoke", ALICE.value(), NOW.getEpochSecond());
        OwnerProof stale = signed(OWNER, "revoke", ALICE.value(), NOW.getEpochSecond() - 301);
        OwnerProof ahead = signed(OWNER, "revoke", ALICE.value(), NOW.getEpochSecond() + 61);

        assertEquals(OperatorRefusal.NOT_OWNER, refusal(() -> service.authenticate(bySignature(byAlice, "revoke", ALICE.value()))));
        assertEquals(OperatorRefusal.TIMESTAMP_OUTSIDE_WINDOW, refusal(() -> service.authenticate(bySignature(stale, "revoke", ALICE.value()))));
        assertEquals(OperatorRefusal.TIMESTAMP_OUTSIDE_WINDOW, refusal(() -> service.authenticate(bySignature(ahead, "revoke", ALICE.value()))));
    }

    @Test
    void anUnreachableReplayStoreRefusesRatherThanAdmitsTwice() {
        replays = (key, keepUntil) -> {
            throw new DependencyUnavailable("redis down");
        };
        AuthenticateOperatorService service = service(Optional.empty(), Optional.of(OWNER));
        OwnerProof proof = signed(OWNER, "revoke", ALICE.value(), NOW.getEpochSecond());

        assertEquals(OperatorRefusal.REPLAY_GUARD_UNAVAILABLE,
                refusal(() -> service.authenticate(bySignature(proof, "revoke", ALICE.value()))));
    }
}
