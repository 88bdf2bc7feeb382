package io.subnetstorage.auth.domain.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.membership.MembershipInterval;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Each check of SPEC §9 on its own, with the reason it gives. */
class AttributionPoliciesTest {

    private static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    private static final Attribution OWN = AttributionTest.of("job_id=1/a.parquet");
    private static final long SIGNED = OWN.timestamp();

    private static Decision deny(ReasonCode reason) {
        return Decision.deny(reason);
    }

    @Test
    void onlyTheSignersOwnClaimOnItsOwnFolderIsInTheFolder() {
        assertEquals(Decision.allow(), new AttributionInFolder(AttributionTest.ALICE).check(OWN));
        assertEquals(deny(ReasonCode.ATTRIBUTION_OUTSIDE_FOLDER), new AttributionInFolder(BOB).check(OWN), "Alice's claim presented by Bob");
        Attribution onBobsFile = new Attribution(AttributionTest.ALICE, new ObjectKey("data/hotkey=" + BOB + "/job_id=1/a"),
                AttributionTest.SHA, 1, SIGNED, new Nonce(AttributionTest.NONCE));
        assertEquals(deny(ReasonCode.ATTRIBUTION_OUTSIDE_FOLDER), new AttributionInFolder(AttributionTest.ALICE).check(onBobsFile));
        Attribution theFolderItself = new Attribution(AttributionTest.ALICE, new ObjectKey("data/hotkey=" + AttributionTest.ALICE + "/"),
                AttributionTest.SHA, 1, SIGNED, new Nonce(AttributionTest.NONCE));
        assertEquals(deny(ReasonCode.ATTRIBUTION_OUTSIDE_FOLDER), new AttributionInFolder(AttributionTest.ALICE).check(theFolderItself));
    }

    @Test
    void freshnessDiffersAtUploadAndAtRegistrationButTheFutureIsAlwaysOneMinute() {
        assertEquals(Decision.allow(), AttributionFresh.AT_UPLOAD.check(OWN, SIGNED + 300));
        assertEquals(deny(ReasonCode.ATTRIBUTION_STALE), AttributionFresh.AT_UPLOAD.check(OWN, SIGNED + 301));
        assertEquals(Decision.allow(), AttributionFresh.AT_REGISTRATION.check(OWN, SIGNED + 7 * 86_400));
        assertEquals(deny(ReasonCode.ATTRIBUTION_STALE), AttributionFresh.AT_REGISTRATION.check(OWN, SIGNED + 7 * 86_400 + 1));
        assertEquals(Decision.allow(), AttributionFresh.AT_REGISTRATION.check(OWN, SIGNED - 60));
        assertEquals(deny(ReasonCode.ATTRIBUTION_STALE), AttributionFresh.AT_REGISTRATION.check(OWN, SIGNED - 61));
    }

    @Test
    void membershipIsJudgedAtTheSecondTheClaimWasSigned() {
        Instant joined = Instant.ofEpochSecond(SIGNED, 700_000_000);
        var stillThere = new MembershipIntervals(List.of(new MembershipInterval(joined, Optional.empty())));
        assertEquals(Decision.allow(), new OnMetagraphWhenSigned().check(stillThere, OWN), "the joining second counts");
        var leftBefore = new MembershipIntervals(List.of(new MembershipInterval(joined.minusSeconds(100), Optional.of(joined.minusSeconds(1)))));
        assertEquals(deny(ReasonCode.ATTRIBUTION_NOT_REGISTERED), new OnMetagraphWhenSigned().check(leftBefore, OWN));
        var joinedAfter = new MembershipIntervals(List.of(new MembershipInterval(joined.plusSeconds(1), Optional.empty())));
        assertEquals(deny(ReasonCode.ATTRIBUTION_NOT_REGISTERED), new OnMetagraphWhenSigned().check(joinedAfter, OWN));
        assertEquals(deny(ReasonCode.ATTRIBUTION_NOT_REGISTERED), new OnMetagraphWhenSigned().check(MembershipIntervals.none(), OWN));
    }

    @Test
    void theStoredObjectMustExistWithTheAttributedSize() {
        assertEquals(Decision.allow(), new StoredAsAttributed().check(OptionalLong.of(OWN.size()), OWN));
        assertEquals(deny(ReasonCode.ATTRIBUTION_SIZE_MISMATCH), new StoredAsAttributed().check(OptionalLong.of(OWN.size() + 1), OWN));
        assertEquals(deny(ReasonCode.ATTRIBUTION_OBJECT_MISSING), new StoredAsAttributed().check(OptionalLong.empty(), OWN));
    }

    @Test
    void aNonceServesOneClaimAndOnlyItsOwnRegistrationAfterAnUpload() {
        Signature signature = Signature.of(new byte[64]);
        SignedAttribution claim = new SignedAttribution(OWN, signature);
        NonceUnused nonces = new NonceUnused();
        assertEquals(Decision.allow(), nonces.checkAtUpload(Optional.empty()));
        assertEquals(deny(ReasonCode.ATTRIBUTION_NONCE_REUSED), nonces.checkAtUpload(Optional.of(new NonceUse(claim.message(), signature, false))));
        assertEquals(Decision.allow(), nonces.checkAtRegistration(Optional.of(new NonceUse(claim.message(), signature, false)), claim),
                "an upload-bound claim re-presented for its receipt");
        assertEquals(deny(ReasonCode.ATTRIBUTION_NONCE_REUSED),
                nonces.checkAtRegistration(Optional.of(new NonceUse(claim.message(), signature, true)), claim), "already settled");
        byte[] other = new byte[64];
        other[0] = 1;
        assertEquals(deny(ReasonCode.ATTRIBUTION_NONCE_REUSED),
                nonces.checkAtRegistration(Optional.of(new NonceUse(claim.message(), Signature.of(other), false)), claim));
        assertEquals(deny(ReasonCode.ATTRIBUTION_NONCE_REUSED),
                nonces.checkAtRegistration(Optional.of(new NonceUse(AttributionTest.of("job_id=1/b").message(), signature, false)), claim));
    }

    @Test
    void reasonsHaveTheContractsWireNames() {
        assertEquals("malformed", AttributionReason.label(ReasonCode.ATTRIBUTION_MALFORMED));
        assertEquals("outside_folder", AttributionReason.label(ReasonCode.ATTRIBUTION_OUTSIDE_FOLDER));
        assertEquals("nonce_reused", AttributionReason.label(ReasonCode.ATTRIBUTION_NONCE_REUSED));
        assertEquals("store_unavailable", AttributionReason.label(ReasonCode.STORE_UNAVAILABLE));
        assertTrue(AttributionReason.isAttributionRefusal(ReasonCode.ATTRIBUTION_STALE));
    }
}
