package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.application.port.in.operator.AuthenticateOperatorCommand;
import io.subnetstorage.auth.application.port.in.operator.AuthenticateOperatorUseCase;
import io.subnetstorage.auth.application.port.in.operator.Operator;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefusal;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefused;
import io.subnetstorage.auth.application.port.in.operator.OwnerProof;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;

/**
 * Admits operators by admin token or by the owner's signature. An owner signature passes the same
 * checks as a client's, cheapest first: who signed, freshness, the signature, then its single use.
 */
public final class AuthenticateOperatorService implements AuthenticateOperatorUseCase {

    private final OperatorAuthority authority;
    private final SignatureVerifier signatures;
    private final ReplayGuard replays;
    private final TimestampWithinWindow window;
    private final Clock clock;

    public AuthenticateOperatorService(OperatorAuthority authority, SignatureVerifier signatures, ReplayGuard replays,
            TimestampWithinWindow window, Clock clock) {
        this.authority = authority;
        this.signatures = signatures;
        this.replays = replays;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Operator authenticate(AuthenticateOperatorCommand command) {
        if (!authority.configured()) {
            throw new OperatorRefused(OperatorRefusal.NOT_CONFIGURED);
        }
        if (command.bearerToken().isPresent()) {
            return byToken(command.bearerToken().get());
        }
        if (command.ownerProof().isPresent()) {
            return byOwnerSignature(command.ownerProof().get(), command.action(), command.target());
        }
        throw new OperatorRefused(OperatorRefusal.CREDENTIALS_MISSING);
    }

    private Operator byToken(String presented) {
        boolean matches = authority.adminToken().map(expected -> sameSecret(expected, presented)).orElse(false);
        if (!matches) {
            throw new OperatorRefused(OperatorRefusal.TOKEN_INVALID);
        }
        return Operator.ADMIN_TOKEN;
    }

    private Operator byOwnerSignature(OwnerProof proof, String action, String target) {
        if (authority.owner().filter(proof.signer()::equals).isEmpty()) {
            throw new OperatorRefused(OperatorRefusal.NOT_OWNER);
        }
        Instant now = clock.instant();
        if (!window.check(now.getEpochSecond(), proof.timestamp(), Long.MAX_VALUE).allowed()) {
            throw new OperatorRefused(OperatorRefusal.TIMESTAMP_OUTSIDE_WINDOW);
        }
        Commitment commitment;
        try {
            commitment = Commitment.operator(action, target, proof.timestamp());
        } catch (IllegalArgumentException unsignable) {
            // A target that cannot appear in the signed text cannot have been signed.
            throw new OperatorRefused(OperatorRefusal.SIGNATURE_INVALID);
        }
        if (!signatures.verify(proof.signer().address(), commitment.bytes(), proof.signature())) {
            throw new OperatorRefused(OperatorRefusal.SIGNATURE_INVALID);
        }
        claimOnce(proof, now);
        return Operator.owner(proof.signer().value());
    }

    /** A signature is single-use whatever it authorises (SPEC §5), the owner's included. */
    private void claimOnce(OwnerProof proof, Instant now) {
        Instant keepUntil = Instant.ofEpochSecond(window.lastAcceptedSecond(proof.timestamp())).plusSeconds(1);
        ReplayVerdict verdict;
        try {
            verdict = replays.claim(new ReplayClaim.SingleUse(ReplayKey.ofSignature(proof.signature()), keepUntil), now);
        } catch (DependencyUnavailable down) {
            throw new OperatorRefused(OperatorRefusal.REPLAY_GUARD_UNAVAILABLE);
        }
        if (verdict != ReplayVerdict.FIRST_USE) {
            throw new OperatorRefused(OperatorRefusal.REPLAYED);
        }
    }

    /** Compares digests so that neither the content nor the length of the token leaks through timing. */
    private static boolean sameSecret(String expected, String presented) {
        return MessageDigest.isEqual(sha256(expected), sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
