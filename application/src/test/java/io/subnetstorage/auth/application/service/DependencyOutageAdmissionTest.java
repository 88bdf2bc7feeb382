package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.inprocess.ClaimThenCharge;
import io.subnetstorage.auth.application.inprocess.InProcessReplayGuard;
import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Neither store fails open: a quota store that is down refuses with 503, and so does a replay store. There is no
 * switch to let quotas through, because both live in one Redis and a request that skipped the quota would still need
 * its replay key.
 */
class DependencyOutageAdmissionTest {

    private static final QuotaLimiter QUOTAS_DOWN = new QuotaLimiter() {
        @Override
        public QuotaOutcome consume(QuotaCharge charge, Instant now) {
            throw new DependencyUnavailable("quota store down");
        }

        @Override
        public long usage(QuotaCounter counter, Optional<Hotkey> hotkey, Instant now) {
            throw new DependencyUnavailable("quota store down");
        }

        @Override
        public boolean reachable() {
            return false;
        }
    };
    private static final ReplayGuard REPLAYS_DOWN = (claim, now) -> {
        throw new DependencyUnavailable("replay store down");
    };

    private static IssueMinerFolderGrantService service(Harness harness, ReplayGuard replays, QuotaLimiter quotas) {
        SignedRequestGate gate = new SignedRequestGate(harness.signatures, harness.records, harness.records, replays, quotas,
                new ClaimThenCharge(replays, quotas), harness.records, harness.records, harness.rules, harness.clock, harness.registrations,
                io.subnetstorage.auth.application.storage.StorageCap.none());
        return new IssueMinerFolderGrantService(gate, harness.router(), UploadRules.DEPLOYED, new io.subnetstorage.auth.application.storage.MinerBuckets(), harness.attributions);
    }

    private static IssueMinerFolderGrantCommand signed(Harness harness) {
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        return new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"));
    }

    @Test
    void quotasDownRefuseAndHandOutNothing() {
        Harness harness = new Harness();
        var refused = assertThrows(AccessRefused.class,
                () -> service(harness, new InProcessReplayGuard(), QUOTAS_DOWN).issue(signed(harness)));
        assertEquals(ReasonCode.RATE_LIMITER_UNAVAILABLE, refused.reason());
        assertEquals(0, harness.records.grants.size());
    }

    @Test
    void replayProtectionNeverFailsOpen() {
        Harness harness = new Harness();
        var refused = assertThrows(AccessRefused.class, () -> service(harness, REPLAYS_DOWN, harness.quotas).issue(signed(harness)));
        assertEquals(ReasonCode.RATE_LIMITER_UNAVAILABLE, refused.reason());
        assertEquals(0, harness.records.grants.size());
    }
}
