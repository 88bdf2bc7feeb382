package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AttributionRegistration;
import io.subnetstorage.auth.application.port.in.IssueObjectUploadCommand;
import io.subnetstorage.auth.application.port.in.PresentedAttribution;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsCommand;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.AttributionSidecar;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §9 registration: each claim's checks in order, receipts signed, recorded and written beside the data. */
class RegisterAttributionsTest {

    private final Harness harness = new Harness();
    private final Claims claims = new Claims(harness);
    private final FakeObjectStore hippius = new FakeObjectStore(StoreKind.HIPPIUS, false);
    private final FakeObjectStore s3 = new FakeObjectStore(StoreKind.S3, true);
    /** Hippius takes per-object uploads; S3 still serves today's folder forms (SPEC §7). */
    private final StoreRouter router = new StoreRouter(new StoreRegistry(List.of(hippius, s3)),
            new StorePhases(StoreKind.HIPPIUS, Optional.empty(), 0, StoreKind.HIPPIUS, java.util.Set.of()), miner -> Optional.empty());
    private final FakeReceiptSigner signer = new FakeReceiptSigner(harness.signatures);

    private AttributionRegistration register(List<PresentedAttribution> presented) {
        long now = harness.now();
        var envelope = harness.envelope(MINER, "s3:attribution:register:" + MINER.value() + ":" + now, now, "/register-attributions");
        return new RegisterAttributionsService(harness.gate, router, harness.attributions, harness.attributionRecords, signer)
                .register(new RegisterAttributionsCommand(envelope, presented));
    }

    private SignedAttribution uploaded(FakeObjectStore store, String relative, byte[] content) {
        ObjectKey key = Claims.key(MINER, relative);
        store.io.place(key, content, Map.of());
        return claims.claim(MINER, key, content, harness.now(), Claims.nonce());
    }

    private ReasonCode onlyRejection(AttributionRegistration registration) {
        assertEquals(List.of(), registration.accepted());
        assertEquals(1, registration.rejected().size());
        return registration.rejected().get(0).reason();
    }

    @Test
    void anAcceptedClaimGetsAReceiptSignedByTheServiceAndASidecarBesideTheData() {
        SignedAttribution claim = uploaded(s3, "job_id=1/form:upload.parquet", Claims.content(3000, 1));
        AttributionRegistration registration = register(List.of(Claims.presented(claim)));
        assertEquals(List.of(), registration.rejected());
        AttributionReceipt receipt = registration.accepted().get(0).receipt();
        assertEquals(claim.attribution().file().value(), registration.accepted().get(0).filePath());
        assertEquals(FakeObjectIo.md5(Claims.content(3000, 1)), receipt.etag());
        assertTrue(harness.signatures.verify(new io.subnetstorage.auth.domain.identity.Ss58Address(FakeReceiptSigner.ADDRESS),
                receipt.signedBytes(), receipt.serviceSignature()));
        var sidecar = s3.io.objects.get(AttributionSidecar.keyOf(claim.attribution()).value());
        assertEquals(new String(AttributionSidecar.json(receipt), StandardCharsets.UTF_8), new String(sidecar.bytes(), StandardCharsets.UTF_8),
                "the sidecar is on the store the object was found on");
        assertEquals(1, harness.quotas.usage(QuotaCounter.MINER_GRANTS, Optional.of(MINER), harness.clock.instant()), "one folder grant");
        assertEquals(ReasonCode.ATTRIBUTION_NONCE_REUSED, onlyRejection(register(List.of(Claims.presented(claim)))), "settled: spent");
    }

    @Test
    void anUploadBoundClaimIsAcceptedOnceWithItsOwnMessageAndSignatureOnly() {
        SignedAttribution claim = claims.claim(MINER, Claims.key(MINER, "job_id=1/put.bin"), Claims.content(2048, 2), harness.now(), Claims.nonce());
        long now = harness.now();
        var upload = new IssueObjectUploadService(harness.gate, router, UploadRules.DEPLOYED, new io.subnetstorage.auth.application.storage.MinerBuckets(), harness.attributions);
        upload.issue(new IssueObjectUploadCommand(harness.envelope(MINER, "s3:data:file:" + MINER.value() + ":1:put.bin:" + now, now,
                "/get-file-upload-url"), Claims.upload("1", "put.bin", claim)));
        hippius.io.place(claim.attribution().file(), Claims.content(2048, 2), claim.uploadMetadata());
        SignedAttribution sameNonceOtherFile = claims.claim(MINER, claim.attribution().file(), Claims.content(2048, 3), harness.now(),
                claim.attribution().nonce().value());
        assertEquals(ReasonCode.ATTRIBUTION_NONCE_REUSED, onlyRejection(register(List.of(Claims.presented(sameNonceOtherFile)))));
        SignedAttribution resigned = new SignedAttribution(claim.attribution(), harness.signatures.sign(MINER.value(), claim.message()));
        assertEquals(ReasonCode.ATTRIBUTION_NONCE_REUSED, onlyRejection(register(List.of(Claims.presented(resigned)))),
                "the same message signed again is another claim");
        assertEquals(1, register(List.of(Claims.presented(claim))).accepted().size());
        assertTrue(hippius.io.objects.containsKey(AttributionSidecar.keyOf(claim.attribution()).value()));
    }

    @Test
    void eachCheckGivesItsReasonPerFileInTheContractsOrder() {
        SignedAttribution good = uploaded(s3, "job_id=1/good", Claims.content(2000, 4));
        SignedAttribution wrongSize = claims.claim(MINER, uploaded(s3, "job_id=1/short", Claims.content(1500, 5)).attribution().file(),
                Claims.content(1501, 5), harness.now(), Claims.nonce());
        SignedAttribution missing = claims.claim(MINER, Claims.key(MINER, "job_id=1/absent"), Claims.content(10, 6), harness.now(), Claims.nonce());
        SignedAttribution stale = claims.claim(MINER, good.attribution().file(), Claims.content(2000, 4), harness.now() - 8 * 86_400,
                Claims.nonce());
        SignedAttribution foreign = claims.claim(VALIDATOR, Claims.key(VALIDATOR, "job_id=1/x"), Claims.content(10, 7), harness.now(),
                Claims.nonce());
        SignedAttribution forged = new SignedAttribution(good.attribution(), harness.signatures.sign(VALIDATOR.value(), good.message()));
        AttributionRegistration registration = register(List.of(Claims.presented(wrongSize), Claims.presented(missing),
                Claims.presented(stale), Claims.presented(foreign), Claims.presented(forged),
                new PresentedAttribution("not:a:message", "00"), Claims.presented(good)));
        assertEquals(List.of(good.attribution().file().value()), registration.accepted().stream().map(a -> a.filePath()).toList());
        assertEquals(List.of(ReasonCode.ATTRIBUTION_MALFORMED, ReasonCode.ATTRIBUTION_SIZE_MISMATCH, ReasonCode.ATTRIBUTION_OBJECT_MISSING,
                ReasonCode.ATTRIBUTION_STALE, ReasonCode.ATTRIBUTION_OUTSIDE_FOLDER, ReasonCode.ATTRIBUTION_SIGNATURE_INVALID),
                registration.rejected().stream().map(r -> r.reason()).toList());
        assertEquals(Optional.of(missing.attribution().file().value()), registration.rejected().get(2).filePath());
    }

    @Test
    void aMinerThatWasNotOnTheMetagraphWhenItSignedIsRefused() {
        SignedAttribution claim = uploaded(s3, "job_id=1/early", Claims.content(2000, 8));
        harness.attributionRecords.membership.put(MINER, MembershipIntervals.none());
        assertEquals(ReasonCode.ATTRIBUTION_NOT_REGISTERED, onlyRejection(register(List.of(Claims.presented(claim)))));
        assertTrue(harness.attributionRecords.rows.isEmpty());
    }

    @Test
    void aSidecarThatCouldNotBeWrittenLeavesTheClaimOpenToPresentAgain() {
        SignedAttribution claim = uploaded(s3, "job_id=1/retry", Claims.content(2000, 9));
        s3.io.failPuts = true;
        assertEquals(ReasonCode.STORE_UNAVAILABLE, onlyRejection(register(List.of(Claims.presented(claim)))));
        s3.io.failPuts = false;
        assertEquals(1, register(List.of(Claims.presented(claim))).accepted().size());
    }
}
