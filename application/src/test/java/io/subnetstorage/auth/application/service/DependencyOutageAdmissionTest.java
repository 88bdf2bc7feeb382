package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A quota store that is down refuses with 503 unless configured to fail open; a replay store never fails open. */
class DependencyOutageAdmissionTest {

    private static final QuotaLimiter QUOTAS_DOWN = new QuotaLimiter() {
        @Override
        public QuotaOutcome consume(Role role, Hotkey hotkey, Instant now) {
            throw new DependencyUnavailable("quota store down");
        }

        @Override
        public long globalUsage(Instant now) {
            throw new DependencyUnavailable("quota store down");
        }

        @Override
        public boolean reachable() {
            return false;
        }
    };
    private static final ReplayGuard REPLAYS_DOWN = (key, keepUntil) -> {
        throw new DependencyUnavailable("replay store down");
    };

    private static AdmissionRules rules(boolean quotasFailOpen) {
        return new AdmissionRules(TimestampWithinWindow.DEPLOYED, ValidatorHasPermitAndStake.ofAlpha(20_000), false,
                Duration.ofHours(1), Duration.ofDays(7), quotasFailOpen);
    }

    private static IssueMinerFolderGrantService service(Harness harness, ReplayGuard replays, QuotaLimiter quotas) {
        SignedRequestGate gate = new SignedRequestGate(harness.signatures, harness.records, harness.records, replays, quotas,
                harness.records, harness.records, harness.rules, harness.clock);
        return new IssueMinerFolderGrantService(gate, harness.store, UploadLimits.DEPLOYED);
    }

    private static IssueMinerFolderGrantCommand signed(Harness harness) {
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        return new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"));
    }

    @Test
    void quotasDownRefuseUnlessConfiguredToFailOpen() {
        Harness closed = new Harness(rules(false));
        var refused = assertThrows(AccessRefused.class,
                () -> service(closed, new io.subnetstorage.auth.application.inprocess.InProcessReplayGuard(closed.clock), QUOTAS_DOWN)
                        .issue(signed(closed)));
        assertEquals(ReasonCode.RATE_LIMITER_UNAVAILABLE, refused.reason());

        Harness open = new Harness(rules(true));
        service(open, new io.subnetstorage.auth.application.inprocess.InProcessReplayGuard(open.clock), QUOTAS_DOWN).issue(signed(open));
        assertEquals(1, open.records.grants.size());
    }

    @Test
    void replayProtectionNeverFailsOpen() {
        Harness open = new Harness(rules(true));
        var refused = assertThrows(AccessRefused.class, () -> service(open, REPLAYS_DOWN, open.quotas).issue(signed(open)));
        assertEquals(ReasonCode.RATE_LIMITER_UNAVAILABLE, refused.reason());
        assertEquals(0, open.records.grants.size());
    }
}
