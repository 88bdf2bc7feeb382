package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.util.Optional;

/** DEV_MODE, DATA_DIR, REDIS_URL, DATABASE_URL and ADMIN_TOKEN: what is real and what is embedded. */
@ConfigurationProperties("ssa")
public class DeploymentConfig {

    private String devMode;
    private String dataDir;
    private String redisUrl;
    private String redisKeyPrefix;
    private String databaseUrl;
    private String databaseConnectionTimeout;
    private String adminToken;

    public boolean devMode() {
        return ConfigValues.flag("DEV_MODE", devMode, false);
    }

    /** Where the embedded parts keep their state, so grants and rows survive a restart. */
    public Path dataDir() {
        return Path.of(ConfigValues.text(dataDir).orElse("./data")).toAbsolutePath().normalize();
    }

    public Optional<String> redisUrl() {
        return ConfigValues.text(redisUrl);
    }

    /** Keeps several deployments (or test runs) on one Redis apart: every key starts with it. */
    public String redisKeyPrefix() {
        return ConfigValues.text(redisKeyPrefix).orElse("ssa:");
    }

    public Optional<String> databaseUrl() {
        return ConfigValues.text(databaseUrl);
    }

    /**
     * How long a request waits for a pooled connection. An outage costs each client this much before its
     * 503, so it is short (2 s); Hikari's own default would be 30 s.
     */
    public java.time.Duration databaseConnectionTimeout() {
        java.time.Duration timeout = ConfigValues.duration("DATABASE_CONNECTION_TIMEOUT", databaseConnectionTimeout,
                java.time.Duration.ofSeconds(2));
        if (timeout.toMillis() < 250) {
            throw ConfigValues.invalid("DATABASE_CONNECTION_TIMEOUT", databaseConnectionTimeout, "at least 250ms");
        }
        return timeout;
    }

    public Optional<String> adminToken() {
        return ConfigValues.text(adminToken);
    }

    public void setDevMode(String devMode) {
        this.devMode = devMode;
    }

    public void setDatabaseConnectionTimeout(String databaseConnectionTimeout) {
        this.databaseConnectionTimeout = databaseConnectionTimeout;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public void setRedisUrl(String redisUrl) {
        this.redisUrl = redisUrl;
    }

    public void setRedisKeyPrefix(String redisKeyPrefix) {
        this.redisKeyPrefix = redisKeyPrefix;
    }

    public void setDatabaseUrl(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    public void setAdminToken(String adminToken) {
        this.adminToken = adminToken;
    }
}
