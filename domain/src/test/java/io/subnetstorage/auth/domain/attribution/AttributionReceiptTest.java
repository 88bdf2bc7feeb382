package io.subnetstorage.auth.domain.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttributionReceiptTest {

    private static final Signature MINER = Signature.of(filled(0xAB));
    private static final Signature SERVICE = Signature.of(filled(0x01));

    private static byte[] filled(int value) {
        byte[] bytes = new byte[64];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void theSignedTextHashesTheMessageAndSpellsEverythingInLowerCase() {
        String message = AttributionTest.of("job_id=1/a").message();
        AttributionReceipt receipt = new AttributionReceipt(message, MINER, "\"D41D8CD98F00B204E9800998ECF8427E\"", 1_767_225_700,
                "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", SERVICE);
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", receipt.etag(), "quotes and case are the store's, not the object's");
        assertEquals("ssa-receipt:" + AttributionReceipt.sha256Hex(message.getBytes(StandardCharsets.UTF_8)) + ":" + "ab".repeat(64)
                + ":d41d8cd98f00b204e9800998ecf8427e:1767225700", receipt.signedText());
        assertEquals(receipt.signedText(), new String(receipt.signedBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theSidecarSitsUnderAttributionWithTheRestOfTheKeyAndHoldsTheReceipt() {
        Attribution attribution = AttributionTest.of("job_id=7/x:y \"quoted\".parquet");
        assertEquals("attribution/hotkey=" + AttributionTest.ALICE + "/job_id=7/x:y \"quoted\".parquet.json",
                AttributionSidecar.keyOf(attribution).value());
        AttributionReceipt receipt = new AttributionReceipt(attribution.message(), MINER, "abc-2", 5, "5key", SERVICE);
        String json = new String(AttributionSidecar.json(receipt), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"registered_at\":5"), json);
        assertTrue(json.contains("x:y \\\"quoted\\\".parquet"), "quotes in a key are escaped: " + json);
        assertTrue(json.contains("\"service_signature\":\"" + "01".repeat(64) + "\""), json);
    }

    @Test
    void aFileOutsideItsMinersFolderHasNoSidecar() {
        Attribution foreign = new Attribution(AttributionTest.ALICE, new io.subnetstorage.auth.domain.storage.ObjectKey("data/hotkey=other/a"),
                AttributionTest.SHA, 1, 1, new io.subnetstorage.auth.domain.replay.Nonce(AttributionTest.NONCE));
        assertThrows(IllegalArgumentException.class, () -> AttributionSidecar.keyOf(foreign));
    }
}
