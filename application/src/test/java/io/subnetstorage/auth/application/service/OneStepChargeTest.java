package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A grant with nothing to check between the replay claim and the quota (SPEC §3) makes the two one step, and
 * answers as the two in order would: a replay charges nothing, a quota refusal still spends the request.
 */
class OneStepChargeTest {

    private final Harness harness = new Harness();

    private IssueMinerFolderGrantCommand signed() {
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        return new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"));
    }

    private ReasonCode refusal(IssueMinerFolderGrantCommand command) {
        return assertThrows(AccessRefused.class, () -> harness.minerFolders().issue(command)).reason();
    }

    private long minerGrants() {
        return harness.quotas.usage(QuotaCounter.MINER_GRANTS, Optional.of(MINER), harness.clock.instant());
    }

    @Test
    void aFolderFormGrantClaimsAndChargesInOneStepAndItsReplayChargesNothing() {
        IssueMinerFolderGrantCommand command = signed();
        harness.minerFolders().issue(command);

        assertEquals(ReasonCode.REPLAYED, refusal(command));
        assertEquals(2, harness.oneStepCharges.get());
        assertEquals(1, minerGrants());
        assertEquals(1, harness.records.grants.size());
    }

    @Test
    void aQuotaRefusalInOneStepSpendsTheRequestAsTheTwoStepsWould() {
        for (int i = 0; i < 3; i++) {
            harness.minerFolders().issue(signed());
        }
        IssueMinerFolderGrantCommand overQuota = signed();

        assertEquals(ReasonCode.DAILY_QUOTA_EXCEEDED, refusal(overQuota));
        assertEquals(ReasonCode.REPLAYED, refusal(overQuota));
        assertEquals(3, minerGrants());
        assertEquals(5, harness.oneStepCharges.get());
    }
}
