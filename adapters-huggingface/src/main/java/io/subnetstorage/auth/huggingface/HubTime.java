package io.subnetstorage.auth.huggingface;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the waiting of the client (backoff, {@code Retry-After}, the hourly commit window), one
 * seam so tests can run an hour of waiting in no time.
 */
public interface HubTime {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    static HubTime system() {
        return new HubTime() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
