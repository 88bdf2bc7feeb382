package io.subnetstorage.auth.application.port.in.operator;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.List;
import java.util.Objects;

/**
 * What an operator needs before or after revoking: whether the hotkey is revoked, the grants still
 * live (revocation cannot kill them), its recent grants and its allowed and denied requests.
 */
public record HotkeyReview(Hotkey hotkey, boolean revoked, List<AccessGrant> outstanding, List<AccessGrant> recent,
        List<AuditEvent> audit) {

    public HotkeyReview {
        Objects.requireNonNull(hotkey, "hotkey");
        outstanding = List.copyOf(outstanding);
        recent = List.copyOf(recent);
        audit = List.copyOf(audit);
    }
}
