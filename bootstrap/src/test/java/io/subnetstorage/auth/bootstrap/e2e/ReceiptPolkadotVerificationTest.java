package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.folder;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.SubstrateJs;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A receipt the service issued is verifiable offline by an implementation nobody here wrote: polkadot-js's
 * {@code signatureVerify}, with the signed text rebuilt in JavaScript from the receipt's fields and the key
 * from {@code /attribution-key}. A receipt whose service signature was altered is not.
 */
@MicronautTest
class ReceiptPolkadotVerificationTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Test
    @SuppressWarnings("unchecked")
    void polkadotJsVerifiesTheReceiptAndRefusesAnAlteredOne() throws Exception {
        SubstrateJs tools = SubstrateJs.installed(); // skips, saying why, where npm is absent
        Wire wire = new Wire(server.getURI());
        Wire.Answer grant = wire.post("/get-folder-access", Signer.miner(ALICE, now()));
        byte[] content = Attributions.random(1800);
        String key = folder(ALICE) + "job_id=" + UUID.randomUUID() + "/offline:check.parquet";
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        fields.put("key", key);
        assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, content).status());
        Attributions.Claim claim = Attributions.claim(ALICE, key, content, now(), Attributions.nonce());
        Wire.Answer registered = wire.post("/register-attributions", Attributions.register(ALICE, now(), List.of(claim.presented())));
        Map<String, Object> receipt = (Map<String, Object>) ((List<Map<String, Object>>) registered.json().get("accepted")).get(0).get("receipt");
        String serviceKey = (String) wire.get("/attribution-key").json().get("ss58");

        Map<String, Object> verdict = tools.run("verify-receipt.js", JSON.writeValueAsString(Map.of("receipt", receipt, "service_ss58", serviceKey)));
        assertEquals(true, verdict.get("receipt_valid"), verdict.toString());
        assertEquals(true, verdict.get("miner_valid"), verdict.toString());

        Map<String, Object> altered = new LinkedHashMap<>(receipt);
        String signature = (String) receipt.get("service_signature");
        altered.put("service_signature", signature.substring(0, 10) + (signature.charAt(10) == 'a' ? 'b' : 'a') + signature.substring(11));
        Map<String, Object> refused = tools.run("verify-receipt.js", JSON.writeValueAsString(Map.of("receipt", altered, "service_ss58", serviceKey)));
        assertEquals(false, refused.get("receipt_valid"), refused.toString());
    }
}
