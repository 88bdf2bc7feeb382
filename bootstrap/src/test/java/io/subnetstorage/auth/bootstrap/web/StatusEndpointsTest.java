package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest
class StatusEndpointsTest extends ServiceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.limits.per-miner", "7", "ssa.limits.total", "900");
    }

    private Map<?, ?> get(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }

    @Test
    void commitmentFormatsPublishTheDeployedStrings() {
        Map<?, ?> body = get("/commitment-formats");
        assertEquals("s3:data:access:{coldkey}:{hotkey}:{timestamp}", body.get("miner_format"));
        assertEquals("s3:validator:access:{timestamp}", body.get("validator_format"));
        assertEquals("s3:validator:miner:{miner_hotkey}:{timestamp}", body.get("miner_specific_format"));
        assertEquals("s3:validator:files:{miner_hotkey}:{hotkey}:{timestamp}", body.get("validator_files_format"));
        assertEquals("s3:data:access:5F3...coldkey:5H2...hotkey:1682345678", body.get("example_miner"));
        assertEquals("s3:validator:access:1682345678", body.get("example_validator"));
        assertEquals("data/hotkey={hotkey_id}/job_id={job_id}/", body.get("folder_structure"));
        assertTrue(body.get("instructions") instanceof Map);
        assertTrue(body.get("timeout_protection") instanceof Map);
        Map<?, ?> byEndpoint = (Map<?, ?>) body.get("endpoint_formats");
        assertEquals("s3:miner:register:{coldkey}:{hotkey}:{timestamp}", byEndpoint.get("/register-miner"));
        assertEquals("s3:miner:deregister:{miner_hotkey}:{timestamp}", byEndpoint.get("/deregister-miner"));
        assertEquals("s3:hippius:validator:{timestamp}", byEndpoint.get("/get-hippius-validator-access"));
        assertEquals("s3:data:file:{hotkey}:{job_id}:{filename}:{timestamp}", byEndpoint.get("/get-file-upload-url"));
    }

    @Test
    void structureInfoNamesTheFolderLayout() {
        Map<?, ?> body = get("/structure-info");
        assertEquals("data/hotkey={hotkey_id}/job_id={job_id}/", body.get("folder_structure"));
        assertTrue(body.get("description").toString().contains("job_id"));
    }

    @Test
    void rateLimitsReportConfiguredLimitsAndUsage() {
        Map<?, ?> body = get("/rate-limits");
        assertEquals(Map.of("daily_limit_per_miner", 7, "daily_limit_per_validator", 10000, "total_daily_limit", 900,
                "daily_file_limit_per_miner", 2000, "daily_list_pages_per_validator", 200000),
                body.get("rate_limits"));
        assertEquals(Map.of("global_requests_today", 0, "global_remaining", 900, "reset_time", "Midnight UTC daily"),
                body.get("current_usage"));
        assertEquals(Map.of("network", "development", "subnet_id", 46, "bucket", TestStore.BUCKET, "region", TestStore.REGION),
                body.get("environment"));
        assertTrue(body.get("limits_explanation") instanceof Map);
    }

    @Test
    void healthcheckReportsEveryDependency() {
        Map<?, ?> body = get("/healthcheck");
        assertEquals("ok", body.get("status"));
        assertEquals(true, body.get("s3_ok"));
        assertEquals(true, body.get("database_ok"));
        assertEquals(false, body.get("redis_ok"), "no Redis is configured (SPEC §12)");
        assertEquals("in-process (single instance)", body.get("rate_limiter"));
        Map<?, ?> checks = (Map<?, ?>) body.get("checks");
        assertEquals(Set.of("s3", "database"), checks.keySet(), "nothing to check without Redis");
        for (Object check : checks.values()) {
            Map<?, ?> probe = (Map<?, ?>) check;
            assertEquals(true, probe.get("ok"));
            assertTrue(((Number) probe.get("age_ms")).longValue() >= 0);
            assertTrue(probe.containsKey("latency_ms"));
        }
        assertEquals(TestStore.BUCKET, body.get("bucket"));
        assertEquals("data/hotkey={hotkey_id}/job_id={job_id}/", body.get("folder_structure"));
        Map<?, ?> syncer = (Map<?, ?>) body.get("metagraph_syncer");
        assertEquals(false, syncer.get("enabled"));
        assertEquals(300, syncer.get("sync_interval"));
        assertTrue(((Number) syncer.get("hotkeys_count")).intValue() >= 2);
        assertTrue(syncer.containsKey("last_sync"));
        assertEquals(Set.of("uptime_hours", "total_requests", "total_errors", "total_timeouts", "error_rate",
                "timeout_rate", "requests_per_hour"), ((Map<?, ?>) body.get("stats")).keySet());
    }
}
