package io.subnetstorage.auth.redis;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis.
 *
 * @param url            {@code redis://host:port/db} or {@code rediss://...} (TLS); a password may be in the URL
 * @param commandTimeout how long any one command may take before it fails as unavailable
 * @param keyPrefix      put before every key, e.g. {@code "ssa:"}, so services and test runs sharing a Redis stay apart
 */
public record RedisSettings(String url, Duration commandTimeout, String keyPrefix) {

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("the Redis command timeout must be positive");
        }
        // Parse now so a typo fails at start-up, not on the first request.
        redisUri(url, commandTimeout);
    }

    RedisURI redisUri() {
        return redisUri(url, commandTimeout);
    }

    private static RedisURI redisUri(String url, Duration timeout) {
        if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
            throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://");
        }
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        return uri;
    }

    /** Host and port only: the URL may carry a password, which must not reach logs or error messages. */
    String endpoint() {
        RedisURI uri = redisUri();
        return uri.getHost() + ":" + uri.getPort();
    }

    /** Without the URL's credentials, since settings get logged at start-up. */
    @Override
    public String toString() {
        return "RedisSettings[endpoint=" + endpoint() + ", commandTimeout=" + commandTimeout
                + ", keyPrefix=" + keyPrefix + "]";
    }
}
