package io.subnetstorage.auth.bootstrap.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every SPEC §6 property set to "not configured", to start a test context from a known, clean state. */
public final class TestSettings {

    static final List<String> ALL = List.of(
            "ssa.dev-mode", "ssa.data-dir", "ssa.redis-url", "ssa.redis-key-prefix", "ssa.database-url",
            "ssa.database-connection-timeout", "ssa.admin-token",
            "ssa.s3.bucket", "ssa.s3.region", "ssa.s3.access-key-id", "ssa.s3.secret-access-key", "ssa.s3.endpoint",
            "ssa.s3.path-style", "ssa.s3.public-endpoint", "ssa.s3.embedded-port",
            "ssa.chain.network", "ssa.chain.netuid", "ssa.chain.subtensor-endpoint", "ssa.chain.metagraph-file",
            "ssa.chain.min-validator-stake", "ssa.chain.sync-interval", "ssa.chain.max-age", "ssa.chain.check-coldkey-owner",
            "ssa.limits.per-miner", "ssa.limits.per-validator", "ssa.limits.total", "ssa.limits.max-grant-lifetime", "ssa.limits.quotas-fail-open", "ssa.limits.list-pages-per-validator", "ssa.limits.max-job-folders-per-miner", "ssa.operator.owner-hotkey",
            "ssa.limits.files-per-miner", "ssa.uploads.url-lifetime", "ssa.uploads.require-size", "ssa.uploads.filename-pattern",
            "ssa.uploads.multipart-threshold", "ssa.stores.upload-store", "ssa.stores.upload-store-next", "ssa.stores.rollout-percent",
            "ssa.stores.read-store", "ssa.stores.mirror-stores",
            "ssa.hippius.access-key-id", "ssa.hippius.secret-access-key", "ssa.hippius.endpoint", "ssa.hippius.public-endpoint",
            "ssa.hippius.bucket", "ssa.hippius.layout", "ssa.hippius.bucket-prefix", "ssa.hippius.bucket-salt", "ssa.hippius.region",
            "ssa.hf.token", "ssa.hf.endpoint", "ssa.hf.namespace", "ssa.hf.repo-layout", "ssa.hf.repo-prefix", "ssa.hf.repo",
            "ssa.hf.private", "ssa.hf.max-files-per-commit", "ssa.hf.max-commits-per-hour",
            "ssa.attribution.key", "ssa.attribution.key-previous", "ssa.attribution.required");

    private TestSettings() {
    }

    /** A Redis key prefix of its own, so that quota counters of earlier runs on the same day cannot leak in. */
    public static String uniqueRedisKeyPrefix() {
        return "ssa-test-" + UUID.randomUUID() + ":";
    }

    /** Also a random HTTP port: application.yml asks for PORT or 8000, which a running service may hold. */
    public static Map<String, String> cleared() {
        Map<String, String> properties = new HashMap<>();
        ALL.forEach(name -> properties.put(name, ""));
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
