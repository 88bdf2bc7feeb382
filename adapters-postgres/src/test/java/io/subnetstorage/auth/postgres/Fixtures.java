package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data: random well-formed hotkeys, grants and audit events. */
final class Fixtures {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Fixtures() {
    }

    /** PostgreSQL keeps microseconds; tests compare what they wrote with what they read. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Hotkey hotkey() {
        return Hotkey.of(ss58());
    }

    static Neuron neuron(int uid, Hotkey hotkey) {
        return new Neuron(uid, hotkey, Coldkey.of(ss58()), true, false, 1_000_000_000L);
    }

    static AccessGrant minerGrant(Hotkey hotkey, Instant issuedAt, Duration lifetime) {
        return new AccessGrant(UUID.randomUUID(), hotkey, Role.MINER, "s3", "uploads", FolderPrefix.ofMiner(hotkey),
                EnumSet.of(Operation.UPLOAD, Operation.LIST), issuedAt, issuedAt.plus(lifetime), "key-2026-11");
    }

    static RequestOrigin origin() {
        return new RequestOrigin("req-" + UUID.randomUUID(), "/v1/miner/folder-access", "203.0.113.7");
    }

    static AuditEvent allowed(Hotkey hotkey, Instant at) {
        return new AuditEvent(at, origin(), Role.MINER, Optional.of(hotkey.value()), Optional.empty());
    }

    static AuditEvent denied(String claimedHotkey, Instant at, ReasonCode reason) {
        return new AuditEvent(at, origin(), Role.VALIDATOR, Optional.ofNullable(claimedHotkey), Optional.of(reason));
    }

    private static String ss58() {
        StringBuilder address = new StringBuilder("5");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (address.length() < 48) {
            address.append(BASE58.charAt(random.nextInt(BASE58.length())));
        }
        return address.toString();
    }
}
