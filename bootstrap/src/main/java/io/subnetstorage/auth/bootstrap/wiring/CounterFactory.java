package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.inprocess.ClaimThenCharge;
import io.subnetstorage.auth.application.inprocess.InProcessQuotaLimiter;
import io.subnetstorage.auth.application.inprocess.InProcessReplayGuard;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.metrics.DependencyStates;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.bootstrap.metrics.CountingQuotaLimiter;
import io.subnetstorage.auth.bootstrap.metrics.CountingReplayGuard;
import io.subnetstorage.auth.bootstrap.metrics.CountingSingleUseCharges;
import io.subnetstorage.auth.redis.RedisSettings;
import io.subnetstorage.auth.redis.RedisStores;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Quotas and replay keys: in Redis when REDIS_URL is set, else in this process. Never a silent
 * fallback: with Redis configured and down, requests get 503, the health check says so, and the
 * outage is logged once when it starts and once when it ends.
 */
@Factory
class CounterFactory {

    static final Duration REDIS_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    @Singleton
    QuotaLimiter quotaLimiter(DeploymentConfig deployment, BeanProvider<RedisStores> redis, MeterRegistry meters,
            DependencyStates states) {
        QuotaLimiter limiter = deployment.redisUrl().isPresent() ? redis.get().quotaLimiter() : new InProcessQuotaLimiter();
        return new CountingQuotaLimiter(limiter, backend(deployment), meters, states.redis());
    }

    @Singleton
    ReplayGuard replayGuard(DeploymentConfig deployment, BeanProvider<RedisStores> redis, MeterRegistry meters,
            DependencyStates states) {
        ReplayGuard guard = deployment.redisUrl().isPresent() ? redis.get().replayGuard() : new InProcessReplayGuard();
        return new CountingReplayGuard(guard, backend(deployment), meters, states.redis());
    }

    /** With Redis, one script (one round trip); in process, the two beans above called in order. */
    @Singleton
    SingleUseCharges singleUseCharges(DeploymentConfig deployment, BeanProvider<RedisStores> redis, ReplayGuard replays,
            QuotaLimiter quotas, MeterRegistry meters, DependencyStates states) {
        if (deployment.redisUrl().isEmpty()) {
            return new ClaimThenCharge(replays, quotas);
        }
        return new CountingSingleUseCharges(redis.get().singleUseCharges(), backend(deployment), meters, states.redis());
    }

    @Singleton
    RedisStores redisStores(DeploymentConfig deployment, ShutdownSequence shutdown) {
        RedisStores stores = RedisStores.connect(new RedisSettings(deployment.redisUrl().orElseThrow(), REDIS_COMMAND_TIMEOUT,
                deployment.redisKeyPrefix()));
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "Redis connection", stores);
        return stores;
    }

    private static String backend(DeploymentConfig deployment) {
        return deployment.redisUrl().isPresent() ? "redis" : "in-process";
    }
}
