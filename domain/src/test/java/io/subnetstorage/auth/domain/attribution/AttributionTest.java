package io.subnetstorage.auth.domain.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {

    static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    static final String SHA = "ab".repeat(32);
    static final String NONCE = "0123456789abcdef".repeat(2);

    static Attribution of(String file) {
        return new Attribution(ALICE, new ObjectKey("data/hotkey=" + ALICE + "/" + file), SHA, 2048, 1_767_225_600, new Nonce(NONCE));
    }

    @Test
    void theMessageIsTheContractsColonSeparatedFields() {
        assertEquals(ALICE + ":data/hotkey=" + ALICE + "/job_id=1/a.parquet:" + SHA + ":2048:1767225600:" + NONCE,
                of("job_id=1/a.parquet").message());
    }

    @Test
    void parsingFromBothEndsAllowsAColonInsideTheFilePath() {
        Attribution withColons = of("job_id=2:b/data:12:34.parquet");
        assertEquals(Optional.of(withColons), Attribution.parse(withColons.message()));
        assertEquals(Optional.of("data/hotkey=" + ALICE + "/job_id=2:b/data:12:34.parquet"), Attribution.filePathOf(withColons.message()));
    }

    @Test
    void anythingButTheCanonicalSpellingIsMalformed() {
        String good = of("job_id=1/a").message();
        for (String bad : new String[] {
                good.replace(SHA, SHA.toUpperCase()),             // hash in upper case
                good.replace(":2048:", ":02048:"),                // a leading zero: another spelling of the same number
                good.replace(":2048:", ":-1:"),                   // negative size
                good.replace(":1767225600:", ":1e9:"),           // not an integer
                good.replace(NONCE, NONCE.substring(2)),          // a short nonce
                good.replace(NONCE, NONCE.toUpperCase()),         // nonce in upper case
                good.replace(":2048:", ":99999999999999999999:"), // beyond a long
                good.substring(good.indexOf(':') + 1),             // no hotkey
                good.replace("job_id=1/a", "job_id=1/../b"),     // an escaping key
                good.substring(0, good.lastIndexOf(':')),          // a field missing
                "", "::::", ALICE + ":"}) {
            assertTrue(Attribution.parse(bad).isEmpty(), bad);
        }
        assertTrue(Attribution.parse(null).isEmpty());
        assertTrue(Attribution.filePathOf("no colons").isEmpty());
    }

    @Test
    void uploadMetadataCarriesTheMessageInBase64AndTheSignatureAndHashInHex() {
        var signature = io.subnetstorage.auth.domain.identity.Signature.of(new byte[64]);
        var metadata = new SignedAttribution(of("job_id=1/a"), signature).uploadMetadata();
        assertEquals(java.util.Set.of("attribution", "attribution-signature", "sha256"), metadata.keySet());
        assertEquals(of("job_id=1/a").message(), new String(java.util.Base64.getDecoder().decode(metadata.get("attribution")),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("00".repeat(64), metadata.get("attribution-signature"));
        assertEquals(SHA, metadata.get("sha256"));
    }
}
