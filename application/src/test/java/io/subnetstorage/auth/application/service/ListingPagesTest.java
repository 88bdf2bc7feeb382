package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 items 1 and 2: one signature is single-use across endpoints (two share the validator-miner
 * commitment), and a captured /get-miner-list body resent with made-up tokens drained the validator's
 * day: pages are capped per signature and later pages cost the page budget, not grants.
 */
class ListingPagesTest {

    private final Harness harness = new Harness();

    private SignedEnvelope aboutMiner() {
        long now = harness.now();
        return harness.envelope(VALIDATOR, "s3:validator:miner:" + MINER.value() + ":" + now, now, "/get-miner-list");
    }

    private PresignMinerListPageService pages(Harness on) {
        return new PresignMinerListPageService(on.gate, on.router());
    }

    private static ValidatorMinerCommand page(SignedEnvelope envelope, String token) {
        return new ValidatorMinerCommand(envelope, Optional.of(MINER), token.isEmpty() ? Optional.empty() : Optional.of(token));
    }

    private static ReasonCode refusal(Runnable call) {
        return assertThrows(AccessRefused.class, call::run).reason();
    }

    @Test
    void aSignatureUsedOnOneEndpointIsAReplayOnAnotherSharingItsCommitment() {
        SignedEnvelope listing = aboutMiner();
        pages(harness).presign(page(listing, ""));
        var specific = new IssueMinerSpecificAccessService(harness.gate, harness.router());
        assertEquals(ReasonCode.REPLAYED, refusal(() -> specific.issue(new ValidatorMinerCommand(listing, Optional.of(MINER)))));

        SignedEnvelope once = aboutMiner();
        specific.issue(new ValidatorMinerCommand(once, Optional.of(MINER)));
        assertEquals(ReasonCode.REPLAYED, refusal(() -> pages(harness).presign(page(once, ""))));
        assertEquals(ReasonCode.REPLAYED, refusal(() -> pages(harness).presign(page(once, "token-1"))),
                "a signature first used elsewhere cannot page either");
    }

    @Test
    void aListingSignatureFetchesEachPageOnceAndEveryPageIsALedgerGrant() {
        SignedEnvelope listing = aboutMiner();
        pages(harness).presign(page(listing, ""));
        pages(harness).presign(page(listing, "token-1"));
        pages(harness).presign(page(listing, "token-2"));
        assertEquals(ReasonCode.REPLAYED, refusal(() -> pages(harness).presign(page(listing, "token-1"))));
        assertEquals(ReasonCode.REPLAYED, refusal(() -> pages(harness).presign(page(listing, ""))));
        assertEquals(3, harness.records.grants.size());
        harness.records.grants.forEach(grant -> assertEquals(Set.of(Operation.LIST), grant.operations()));
    }

    @Test
    void laterPagesCostThePageBudgetNotGrantsAndTheBudgetRefusesWithItsLimit() {
        SignedEnvelope listing = aboutMiner();
        pages(harness).presign(page(listing, ""));
        for (int i = 1; i <= Harness.QUOTAS.listPagesPerValidator(); i++) {
            pages(harness).presign(page(listing, "token-" + i));
        }
        AccessRefused refused = assertThrows(AccessRefused.class, () -> pages(harness).presign(page(listing, "token-99")));
        assertEquals(ReasonCode.DAILY_QUOTA_EXCEEDED, refused.reason());
        assertEquals(OptionalLong.of(Harness.QUOTAS.listPagesPerValidator()), refused.limit());
        var now = harness.clock.instant();
        assertEquals(1, harness.quotas.usage(QuotaCounter.VALIDATOR_GRANTS, Optional.of(VALIDATOR), now));
        assertEquals(1, harness.quotas.globalUsage(now), "only the first page is a grant for the global limit");
    }

    @Test
    void oneSignatureServesAtMostTwoHundredPages() {
        Harness roomy = new Harness(AdmissionRules.deployed().withQuotas(new DailyQuotas(3, 5, 100, 10, 10_000)));
        long now = roomy.now();
        SignedEnvelope listing = roomy.envelope(VALIDATOR, "s3:validator:miner:" + MINER.value() + ":" + now, now, "/get-miner-list");
        pages(roomy).presign(page(listing, ""));
        for (int i = 1; i < ReplayClaim.MAX_PAGES_PER_SIGNATURE; i++) {
            pages(roomy).presign(page(listing, "token-" + i));
        }
        assertEquals(ReasonCode.PAGE_LIMIT_REACHED, refusal(() -> pages(roomy).presign(page(listing, "token-201"))));
        assertEquals(ReplayClaim.MAX_PAGES_PER_SIGNATURE, roomy.records.grants.size());
    }

    @Test
    void anOverlongTokenIsRefusedBeforeAnySignatureWork() {
        String tooLong = "t".repeat(ValidatorMinerCommand.MAX_CONTINUATION_TOKEN + 1);
        assertEquals(ReasonCode.CONTINUATION_TOKEN_INVALID, refusal(() -> page(aboutMiner(), tooLong)));
        assertEquals(0, harness.signatures.verifications.get());
    }
}
