package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.AttributionSidecar;
import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator's offline check with real sr25519 signatures: //Alice the miner, //Ferdie the service. */
class OfflineAttributionCheckTest {

    private static final Sr25519Keypair MINER = DevKeys.alice();
    private static final Sr25519Keypair SERVICE = DevKeys.ferdie();
    private static final String KEY = "data/hotkey=" + MINER.address() + "/job_id=1/data:12:00.parquet";

    @TempDir
    Path dir;

    private Path file(byte[] content) throws Exception {
        Path file = dir.resolve("f-" + System.nanoTime());
        Files.write(file, content);
        return file;
    }

    private static JsonNode receipt(MinerAttribution claim, Sr25519Keypair service) throws Exception {
        Signature minerSignature = Signature.fromHex(claim.signature());
        String text = AttributionReceipt.signedText(claim.message(), minerSignature, "\"0123abcd\"", 1_767_225_700);
        AttributionReceipt receipt = new AttributionReceipt(claim.message(), minerSignature, "0123abcd", 1_767_225_700, service.address(),
                service.sign(text));
        return ServiceClient.JSON.readTree(AttributionSidecar.json(receipt));
    }

    private static JsonNode with(JsonNode receipt, String field, String value) {
        var copy = receipt.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put(field, value);
        return copy;
    }

    @Test
    void theSignedBytesWithAGoodReceiptAreVerifiedWhateverColonsTheKeyHolds() throws Exception {
        Path local = file(new byte[] {1, 2, 3, 4, 5});
        MinerAttribution claim = MinerAttribution.sign(MINER, KEY, local, 1_767_225_600);
        ContentVerdict verdict = OfflineAttributionCheck.check(local, MINER.address(), KEY, receipt(claim, SERVICE), List.of(SERVICE.address()));
        assertEquals(ContentVerdict.VERIFIED, verdict.content(), verdict.problems().toString());
    }

    @Test
    void tamperedContentIsAMismatch() throws Exception {
        Path local = file(new byte[] {1, 2, 3, 4, 5});
        JsonNode receipt = receipt(MinerAttribution.sign(MINER, KEY, local, 1_767_225_600), SERVICE);
        Files.write(local, new byte[] {1, 2, 3, 4, 6});
        ContentVerdict verdict = OfflineAttributionCheck.check(local, MINER.address(), KEY, receipt, List.of(SERVICE.address()));
        assertEquals(ContentVerdict.MISMATCH, verdict.content());
        assertTrue(verdict.problems().get(0).startsWith("sha256 "), verdict.problems().toString());
    }

    @Test
    void anAlteredOrUntrustedReceiptIsAMismatch() throws Exception {
        Path local = file(new byte[] {9, 9});
        MinerAttribution claim = MinerAttribution.sign(MINER, KEY, local, 1_767_225_600);
        JsonNode good = receipt(claim, SERVICE);
        String signature = good.path("service_signature").asText();
        String altered = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
        assertEquals(List.of("the service's receipt signature does not verify"), OfflineAttributionCheck.check(local, MINER.address(), KEY,
                with(good, "service_signature", altered), List.of(SERVICE.address())).problems());
        assertEquals(ContentVerdict.MISMATCH, OfflineAttributionCheck.check(local, MINER.address(), KEY, with(good, "etag", "ffff"),
                List.of(SERVICE.address())).content(), "the ETag is signed too");
        assertEquals(ContentVerdict.MISMATCH, OfflineAttributionCheck.check(local, MINER.address(), KEY, receipt(claim, DevKeys.eve()),
                List.of(SERVICE.address())).content(), "a receipt by a key the service does not publish");
        assertEquals(ContentVerdict.VERIFIED, OfflineAttributionCheck.check(local, MINER.address(), KEY, receipt(claim, DevKeys.eve()),
                List.of(SERVICE.address(), DevKeys.eve().address())).content(), "a previous key still published");
    }

    @Test
    void anotherMinersClaimOrAnotherKeyIsAMismatch() throws Exception {
        Path local = file(new byte[] {7});
        JsonNode receipt = receipt(MinerAttribution.sign(MINER, KEY, local, 1_767_225_600), SERVICE);
        assertEquals(ContentVerdict.MISMATCH, OfflineAttributionCheck.check(local, DevKeys.charlie().address(), KEY, receipt,
                List.of(SERVICE.address())).content());
        assertEquals(ContentVerdict.MISMATCH, OfflineAttributionCheck.check(local, MINER.address(), KEY + "x", receipt,
                List.of(SERVICE.address())).content());
    }
}
