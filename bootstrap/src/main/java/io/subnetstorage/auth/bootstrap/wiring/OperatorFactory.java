package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.in.operator.AuthenticateOperatorUseCase;
import io.subnetstorage.auth.application.port.in.operator.ListGrantsBySigningKeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.ReinstateHotkeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.RevokeHotkeyUseCase;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.service.AdmissionRules;
import io.subnetstorage.auth.application.service.operator.AuthenticateOperatorService;
import io.subnetstorage.auth.application.service.operator.HotkeyRevocationService;
import io.subnetstorage.auth.application.service.operator.ListGrantsBySigningKeyService;
import io.subnetstorage.auth.application.service.operator.OperatorAuthority;
import io.subnetstorage.auth.application.service.operator.ReviewHotkeyService;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.OperatorConfig;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The operator use cases. Owner signatures share the clients' freshness window and replay store, so
 * an operator request is as single-use as a client's.
 */
@Factory
class OperatorFactory {

    @Singleton
    AuthenticateOperatorUseCase authenticateOperator(DeploymentConfig deployment, OperatorConfig operator, SignatureVerifier signatures,
            ReplayGuard replays, AdmissionRules rules, Clock clock) {
        OperatorAuthority authority = new OperatorAuthority(deployment.adminToken(), operator.ownerHotkey());
        return new AuthenticateOperatorService(authority, signatures, replays, rules.window(), clock);
    }

    @Singleton
    HotkeyRevocationService hotkeyRevocations(RevocationRegistry registry, Clock clock) {
        return new HotkeyRevocationService(registry, clock);
    }

    @Singleton
    RevokeHotkeyUseCase revokeHotkey(HotkeyRevocationService revocations) {
        return revocations;
    }

    @Singleton
    ReinstateHotkeyUseCase reinstateHotkey(HotkeyRevocationService revocations) {
        return revocations;
    }

    @Singleton
    ReviewHotkeyUseCase reviewHotkey(GrantHistory history, RevocationRegistry revocations, Clock clock) {
        return new ReviewHotkeyService(history, revocations, clock);
    }

    @Singleton
    ListGrantsBySigningKeyUseCase grantsBySigningKey(GrantHistory history, Clock clock) {
        return new ListGrantsBySigningKeyService(history, clock);
    }
}
