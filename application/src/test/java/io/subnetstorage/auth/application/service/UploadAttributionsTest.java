package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.MINER_COLDKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.AttributionProof;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.IssueObjectUploadCommand;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** SPEC §9 at upload: read before any signature work, checked after admission, the nonce spent last, the PUT signing it all. */
class UploadAttributionsTest {

    private final Harness harness = new Harness();
    private final Claims claims = new Claims(harness);
    private final FakeObjectStore hippius = new FakeObjectStore(StoreKind.HIPPIUS, false);
    private final StoreRouter router = new StoreRouter(new StoreRegistry(List.of(hippius)), StorePhases.single(StoreKind.HIPPIUS),
            miner -> Optional.empty());

    private IssueObjectUploadService service(boolean required) {
        return new IssueObjectUploadService(harness.gate, router, UploadRules.DEPLOYED.withAttributionRequired(required), new io.subnetstorage.auth.application.storage.MinerBuckets(), harness.attributions);
    }

    private IssueObjectUploadCommand command(UploadFile file) {
        long now = harness.now();
        String commitment = "s3:data:file:" + MINER.value() + ":" + file.jobId() + ":" + file.fileName() + ":" + now;
        return new IssueObjectUploadCommand(harness.envelope(MINER, commitment, now, "/get-file-upload-url"), file);
    }

    private SignedAttribution claimFor(String jobId, String fileName, String nonce) {
        return claims.claim(MINER, Claims.key(MINER, "job_id=" + jobId + "/" + fileName), Claims.content(2048, 7), harness.now(), nonce);
    }

    private ReasonCode refusal(IssueObjectUploadService service, UploadFile file) {
        return assertThrows(AccessRefused.class, () -> service.issue(command(file))).reason();
    }

    @Test
    void theGrantSignsTheLengthTheClaimAndTheHashAndTheNonceIsRecordedAsBound() {
        SignedAttribution claim = claimFor("1", "a:b.parquet", Claims.nonce());
        var grant = service(false).issue(command(Claims.upload("1", "a:b.parquet", claim)));
        Map<String, String> headers = grant.upload().headers();
        assertEquals("2048", headers.get("Content-Length"));
        assertEquals(claim.message(), new String(Base64.getDecoder().decode(headers.get("x-amz-meta-attribution")), StandardCharsets.UTF_8));
        assertEquals(claim.signature().hex(), headers.get("x-amz-meta-attribution-signature"));
        assertEquals(claim.attribution().sha256Hex(), headers.get("x-amz-meta-sha256"));
        var row = harness.attributionRecords.rows.values().iterator().next();
        assertTrue(row.bound);
        assertEquals("hippius", row.store);
    }

    @Test
    void requiredAndMalformedAreRefusedBeforeAnySignatureWork() {
        UploadFile plain = new UploadFile("1", "a", OptionalLong.of(2048), Optional.of("ab".repeat(32)));
        assertEquals(ReasonCode.ATTRIBUTION_REQUIRED, refusal(service(true), plain));
        SignedAttribution claim = claimFor("1", "a", Claims.nonce());
        UploadFile noHash = new UploadFile("1", "a", OptionalLong.of(2048), Optional.empty(), Claims.upload("1", "a", claim).attribution());
        assertEquals(ReasonCode.ATTRIBUTION_MALFORMED, refusal(service(false), noHash));
        UploadFile badNonce = new UploadFile("1", "a", OptionalLong.of(2048), Optional.of(claim.attribution().sha256Hex()),
                Optional.of(new AttributionProof(harness.now(), "XYZ", claim.signature().hex())));
        assertEquals(ReasonCode.ATTRIBUTION_MALFORMED, refusal(service(false), badNonce));
        assertEquals(0, harness.signatures.verifications.get());
        assertTrue(harness.records.events.isEmpty(), "nothing audited, nothing spent");
    }

    @Test
    void eachCheckRefusesWithItsReasonAndSpendsNoNonce() {
        String nonce = Claims.nonce();
        SignedAttribution good = claimFor("1", "a", nonce);
        SignedAttribution forged = new SignedAttribution(good.attribution(), harness.signatures.sign(Harness.VALIDATOR.value(), good.message()));
        assertEquals(ReasonCode.ATTRIBUTION_SIGNATURE_INVALID, refusal(service(false), Claims.upload("1", "a", forged)));
        SignedAttribution old = claims.claim(MINER, Claims.key(MINER, "job_id=1/a"), Claims.content(2048, 7), harness.now() - 301, nonce);
        assertEquals(ReasonCode.ATTRIBUTION_STALE, refusal(service(false), Claims.upload("1", "a", old)));
        harness.attributionRecords.membership.put(MINER, MembershipIntervals.none());
        assertEquals(ReasonCode.ATTRIBUTION_NOT_REGISTERED, refusal(service(false), Claims.upload("1", "a", good)));
        harness.attributionRecords.membership.remove(MINER);
        hippius.io.place(new ObjectKey(good.attribution().file().value()), new byte[10], Map.of());
        assertEquals(ReasonCode.FILE_EXISTS, refusal(service(false), Claims.upload("1", "a", good)));
        assertTrue(harness.attributionRecords.rows.isEmpty(), "no refusal spent the nonce");
        hippius.io.delete(FakeObjectStore.BUCKET, new ObjectKey(good.attribution().file().value()));
        service(false).issue(command(Claims.upload("1", "a", good)));
        assertFalse(harness.attributionRecords.rows.isEmpty());
    }

    @Test
    void aNonceIsSpentOnceWhateverTheFile() {
        String nonce = Claims.nonce();
        service(false).issue(command(Claims.upload("1", "a", claimFor("1", "a", nonce))));
        assertEquals(ReasonCode.ATTRIBUTION_NONCE_REUSED, refusal(service(false), Claims.upload("1", "b", claimFor("1", "b", nonce))));
    }

    @Test
    void oneRequestCannotUseANonceTwice() {
        String nonce = Claims.nonce();
        long now = harness.now();
        String commitment = "s3:data:access:" + MINER_COLDKEY.value() + ":" + MINER.value() + ":" + now;
        var command = new IssueMinerFolderGrantCommand(MINER_COLDKEY, harness.envelope(MINER, commitment, now, "/get-folder-access"),
                List.of(Claims.upload("1", "a", claimFor("1", "a", nonce)), Claims.upload("1", "b", claimFor("1", "b", nonce))));
        var service = new IssueMinerFolderGrantService(harness.gate, router, UploadRules.DEPLOYED, new io.subnetstorage.auth.application.storage.MinerBuckets(), harness.attributions);
        assertEquals(ReasonCode.ATTRIBUTION_NONCE_REUSED, assertThrows(AccessRefused.class, () -> service.issue(command)).reason());
        assertEquals(0, harness.signatures.verifications.get());
    }
}
