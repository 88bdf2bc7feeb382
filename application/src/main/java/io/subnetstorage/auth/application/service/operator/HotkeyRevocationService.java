package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.application.port.in.operator.ReinstateHotkeyCommand;
import io.subnetstorage.auth.application.port.in.operator.ReinstateHotkeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.RevokeHotkeyCommand;
import io.subnetstorage.auth.application.port.in.operator.RevokeHotkeyUseCase;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import java.time.Clock;

/**
 * Revokes and reinstates hotkeys. The gate asks the same registry on every request, so a revocation
 * takes effect on the hotkey's next request (other instances: within the registry's cache time).
 */
public final class HotkeyRevocationService implements RevokeHotkeyUseCase, ReinstateHotkeyUseCase {

    private final RevocationRegistry registry;
    private final Clock clock;

    public HotkeyRevocationService(RevocationRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void revoke(RevokeHotkeyCommand command) {
        registry.revoke(command.hotkey(), command.reason(), command.by().name(), clock.instant());
    }

    @Override
    public boolean reinstate(ReinstateHotkeyCommand command) {
        return registry.reinstate(command.hotkey(), command.by().name(), clock.instant());
    }
}
