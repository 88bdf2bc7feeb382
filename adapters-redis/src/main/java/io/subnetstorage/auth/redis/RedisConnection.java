package io.subnetstorage.auth.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.resource.ClientResources;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One shared Lettuce connection, opened lazily. Lettuce reconnects on its own only after a first
 * successful connect ({@code RedisClient.connect} throws when Redis is down), so a failed first connect
 * is retried here on later calls; once connected, Lettuce's watchdog takes over.
 */
final class RedisConnection implements AutoCloseable {

    /** Between failed first connects, calls fail at once instead of each dialling Redis again. */
    private static final long RETRY_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisSettings settings;
    private final AtomicReference<Attempt> attempt = new AtomicReference<>();
    private volatile boolean closed;

    private record Attempt(CompletableFuture<StatefulRedisConnection<String, String>> connection, long startedAt) {}

    private RedisConnection(ClientResources resources, RedisSettings settings) {
        this.resources = resources;
        this.client = RedisClients.create(resources, settings);
        this.settings = settings;
    }

    /** Listeners see only connections made after they were added, hence they come with the open. */
    static RedisConnection open(RedisSettings settings, List<CommandListener> listeners) {
        RedisConnection redis = new RedisConnection(RedisClients.resources(), settings);
        listeners.forEach(redis.client::addListener);
        redis.connectInBackground();
        return redis;
    }

    /** Starts connecting without waiting, so the first request does not pay for the handshake. */
    private void connectInBackground() {
        currentAttempt();
    }

    /** Runs {@code command}; every Redis failure or timeout becomes {@link DependencyUnavailable}. */
    <T> T call(String what, Function<RedisCommands<String, String>, T> command) {
        RedisCommands<String, String> commands = connection().sync();
        try {
            return command.apply(commands);
        } catch (RedisException e) {
            throw unavailable(what + " failed", e);
        }
    }

    /** A PING bounded by the command timeout; also what retries a first connect that failed. */
    boolean ping() {
        try {
            return "PONG".equals(call("ping", RedisCommands::ping));
        } catch (DependencyUnavailable down) {
            return false;
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        try {
            return currentAttempt().connection().get(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unavailable("connect failed", e.getCause());
        } catch (TimeoutException e) {
            throw unavailable("connect timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("connect interrupted", e);
        }
    }

    private Attempt currentAttempt() {
        while (true) {
            if (closed) {
                throw new IllegalStateException("the Redis connection is closed");
            }
            Attempt current = attempt.get();
            if (current != null && (!current.connection().isCompletedExceptionally() || pausing(current))) {
                return current;
            }
            Attempt fresh = new Attempt(new CompletableFuture<>(), System.nanoTime());
            if (attempt.compareAndSet(current, fresh)) {
                client.connectAsync(StringCodec.UTF8, settings.redisUri()).whenComplete((connection, failure) -> {
                    if (failure == null) {
                        fresh.connection().complete(connection);
                    } else {
                        fresh.connection().completeExceptionally(failure);
                    }
                });
                return fresh;
            }
        }
    }

    private static boolean pausing(Attempt failed) {
        return System.nanoTime() - failed.startedAt() < RETRY_PAUSE_NANOS;
    }

    private DependencyUnavailable unavailable(String what, Throwable cause) {
        return new DependencyUnavailable("Redis at " + settings.endpoint() + ": " + what, cause);
    }

    @Override
    public void close() {
        closed = true;
        Attempt last = attempt.getAndSet(null);
        if (last != null) {
            last.connection().thenAccept(StatefulRedisConnection::close);
        }
        client.shutdown(Duration.ZERO, settings.commandTimeout());
        resources.shutdown(0, settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
