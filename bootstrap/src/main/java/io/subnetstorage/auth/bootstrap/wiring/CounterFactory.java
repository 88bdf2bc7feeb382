package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.inprocess.InProcessQuotaLimiter;
import io.subnetstorage.auth.application.inprocess.InProcessReplayGuard;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.LimitsConfig;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.bootstrap.metrics.CountingQuotaLimiter;
import io.subnetstorage.auth.bootstrap.metrics.CountingReplayGuard;
import io.subnetstorage.auth.redis.RedisSettings;
import io.subnetstorage.auth.redis.RedisStores;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Quotas and replay keys: in Redis when REDIS_URL is set, else in this process. Never a silent
 * fallback: with Redis configured and down, requests get 503 and the health check says so.
 */
@Factory
class CounterFactory {

    static final Duration REDIS_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    @Singleton
    QuotaLimiter quotaLimiter(DeploymentConfig deployment, LimitsConfig limits, BeanProvider<RedisStores> redis,
            MeterRegistry meters) {
        QuotaLimiter limiter = deployment.redisUrl().isPresent()
                ? redis.get().quotaLimiter()
                : new InProcessQuotaLimiter(limits.quotas());
        return new CountingQuotaLimiter(limiter, backend(deployment), meters);
    }

    @Singleton
    ReplayGuard replayGuard(DeploymentConfig deployment, BeanProvider<RedisStores> redis, Clock clock, MeterRegistry meters) {
        ReplayGuard guard = deployment.redisUrl().isPresent() ? redis.get().replayGuard() : new InProcessReplayGuard(clock);
        return new CountingReplayGuard(guard, backend(deployment), meters);
    }

    @Singleton
    RedisStores redisStores(DeploymentConfig deployment, LimitsConfig limits, ShutdownSequence shutdown) {
        RedisStores stores = RedisStores.connect(new RedisSettings(deployment.redisUrl().orElseThrow(), REDIS_COMMAND_TIMEOUT,
                limits.quotas(), deployment.redisKeyPrefix()));
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "Redis connection", stores);
        return stores;
    }

    private static String backend(DeploymentConfig deployment) {
        return deployment.redisUrl().isPresent() ? "redis" : "in-process";
    }
}
