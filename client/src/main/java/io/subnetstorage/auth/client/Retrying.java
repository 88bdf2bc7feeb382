package io.subnetstorage.auth.client;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Runs an HTTP exchange again after transport errors and transient statuses, waiting longer each time. */
final class Retrying {

    /** Worth another try: server errors, throttling and timeouts; never a refusal (4xx) or a quota (service 429). */
    static final Set<Integer> TRANSIENT_STORE = Set.of(408, 429, 500, 502, 503, 504);
    static final Set<Integer> TRANSIENT_SERVICE = Set.of(500, 502, 503, 504);

    interface Exchange<T> {
        HttpResponse<T> send() throws IOException, InterruptedException;
    }

    private Retrying() {
    }

    static <T> HttpResponse<T> send(RetryPolicy policy, Set<Integer> transientStatuses, String what, Exchange<T> exchange) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            try {
                HttpResponse<T> response = exchange.send();
                if (last || !transientStatuses.contains(response.statusCode())) {
                    return response;
                }
            } catch (IOException e) {
                if (last) {
                    throw new ClientException(what + " failed after " + attempt + " attempts: " + e, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClientException(what + " interrupted", e);
            }
            pause(policy, attempt, what);
        }
    }

    private static void pause(RetryPolicy policy, int attempt, String what) {
        long base = policy.delayAfter(attempt).toMillis();
        // Jitter spreads out many miners retrying against the same store at once.
        long jittered = base / 2 + (base > 1 ? ThreadLocalRandom.current().nextLong(base / 2 + 1) : 0);
        try {
            Thread.sleep(jittered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException(what + " interrupted", e);
        }
    }
}
