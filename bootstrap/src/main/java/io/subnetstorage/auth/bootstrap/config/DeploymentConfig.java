package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.postgres.DatabaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** DEV_MODE, DATA_DIR, REDIS_URL, DATABASE_URL and ADMIN_TOKEN: what is real and what is embedded. */
@ConfigurationProperties("ssa")
public class DeploymentConfig implements ValidatedAtStart {

    private static final Set<String> REDIS_SCHEMES = Set.of("redis", "rediss");

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
        try {
            return Path.of(ConfigValues.text(dataDir).orElse("./data")).toAbsolutePath().normalize();
        } catch (InvalidPathException notAPath) {
            throw ConfigValues.invalid("DATA_DIR", dataDir, "a directory path");
        }
    }

    /**
     * DATA_DIR, created when missing and proven writable. Only called when an embedded part keeps state there: a
     * deployment with every part real never touches it.
     */
    public Path usableDataDir() {
        return DataDirectory.requireUsable(dataDir(), ConfigValues.text(dataDir).orElse("./data"));
    }

    /** A {@code redis://} or {@code rediss://} URL, checked here so that a typo is not first met by a request. */
    public Optional<String> redisUrl() {
        Optional<String> raw = ConfigValues.text(redisUrl);
        raw.ifPresent(url -> {
            if (!isRedisUrl(url)) {
                throw ConfigValues.invalid("REDIS_URL", redisUrl, "redis://host:port/db or rediss://host:port/db");
            }
        });
        return raw;
    }

    /** Keeps several deployments (or test runs) on one Redis apart: every key starts with it. */
    public String redisKeyPrefix() {
        return ConfigValues.text(redisKeyPrefix).orElse("ssa:");
    }

    public Optional<DatabaseUrl> databaseUrl() {
        try {
            return ConfigValues.text(databaseUrl).map(DatabaseUrl::parse);
        } catch (IllegalArgumentException malformed) {
            throw ConfigValues.invalid("DATABASE_URL", databaseUrl,
                    "postgres://user:password@host:port/database or a jdbc:postgresql: URL");
        }
    }

    /**
     * How long a request waits for a pooled connection. An outage costs each client this much before its
     * 503, so it is short (2 s); Hikari's own default would be 30 s.
     */
    public Duration databaseConnectionTimeout() {
        return ConfigValues.duration("DATABASE_CONNECTION_TIMEOUT", databaseConnectionTimeout, Duration.ofSeconds(2),
                Duration.ofMillis(250), Duration.ofMinutes(5), "a duration from 250ms to 5m");
    }

    public Optional<String> adminToken() {
        return ConfigValues.text(adminToken);
    }

    @Override
    public void validate() {
        devMode();
        dataDir();
        redisUrl();
        databaseUrl();
        databaseConnectionTimeout();
    }

    private static boolean isRedisUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && REDIS_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
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
