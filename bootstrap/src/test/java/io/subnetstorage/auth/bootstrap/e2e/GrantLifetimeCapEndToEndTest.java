package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.folder;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A presigned URL cannot be revoked, so MAX_GRANT_LIFETIME bounds every grant, whatever the endpoint asks. */
@MicronautTest
class GrantLifetimeCapEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.limits.max-grant-lifetime", "2h");
    }

    @Test
    void fileUrlsAskedForFiveHoursLiveTwo() {
        String key = folder(ALICE) + "job_id=1/x.parquet";
        long timestamp = now();
        Map<String, Object> body = Signer.with(Signer.files(BOB, ALICE, timestamp, List.of(key)), "expiry_hours", 5);
        Wire.Answer files = new Wire(server.getURI()).post("/get-file-presigned-urls", body);
        assertEquals(200, files.status(), files.text());
        Map<?, ?> url = (Map<?, ?>) files.map("file_urls").get(key);
        assertEquals(7200, url.get("expires_in_seconds"));
        assertTrue(((String) url.get("presigned_url")).contains("X-Amz-Expires=7200"), (String) url.get("presigned_url"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMinersDayLongPolicyLivesTwoHours() throws Exception {
        Instant before = Instant.now();
        Wire.Answer grant = new Wire(server.getURI()).post("/get-folder-access", Signer.miner(ALICE, now()));
        assertEquals(200, grant.status(), grant.text());
        String policy = ((Map<String, String>) grant.json().get("fields")).get("policy");
        Map<?, ?> json = new ObjectMapper().readValue(new String(Base64.getDecoder().decode(policy), StandardCharsets.UTF_8), Map.class);
        Instant expiration = Instant.parse((String) json.get("expiration"));
        assertTrue(!expiration.isAfter(Instant.now().plus(Duration.ofHours(2))), "expires " + expiration);
        assertTrue(expiration.isAfter(before.plus(Duration.ofHours(2)).minusSeconds(5)), "expires " + expiration);
    }
}
