package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The waits between tries: doubling from the first, capped, and never shorter than the store's Retry-After. */
class RetryPolicyTest {

    @Test
    void theDefaultDoublesUpToItsCap() {
        List<Long> waits = IntStream.rangeClosed(1, 6).mapToObj(retry -> RetryPolicy.DEFAULT.delay(retry, Duration.ZERO).toMillis()).toList();
        assertEquals(List.of(250L, 500L, 1000L, 2000L, 4000L, 4000L), waits);
    }

    @Test
    void retryAfterIsHonouredUpToTheCap() {
        assertEquals(Duration.ofSeconds(3), RetryPolicy.DEFAULT.delay(1, Duration.ofSeconds(3)));
        assertEquals(Duration.ofSeconds(4), RetryPolicy.DEFAULT.delay(1, Duration.ofSeconds(120)), "a long Retry-After is cut");
        assertEquals(Duration.ofSeconds(2), RetryPolicy.DEFAULT.delay(4, Duration.ofSeconds(1)), "the backoff wins when longer");
    }
}
