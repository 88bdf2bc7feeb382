package io.subnetstorage.auth.huggingface;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends the client's requests and owns the retry rules: what may be repeated, how long to wait, and how
 * a final failure is worded. A request that is safe to repeat (reads, preupload, LFS batch and uploads,
 * which are content-addressed) is retried on 429, 5xx and lost connections; a commit is retried here on
 * 429 only, because after a 5xx it may have landed and only the tree can tell ({@link BatchCommitter}).
 */
final class HubHttp {

    private static final System.Logger LOG = System.getLogger(HubHttp.class.getName());
    private static final Duration API_TIMEOUT = Duration.ofSeconds(60);
    private static final String USER_AGENT = "subnet-storage-auth (java.net.http)";

    private final HttpClient client;
    private final String authorization;
    private final HubTime time;
    private final RetryPolicy policy;

    HubHttp(HttpClient client, String token, HubTime time, RetryPolicy policy) {
        this.client = client;
        this.authorization = "Bearer " + token;
        this.time = time;
        this.policy = policy;
    }

    HubTime time() {
        return time;
    }

    RetryPolicy policy() {
        return policy;
    }

    /** A call to the Hub's own API, carrying the token. */
    HttpRequest.Builder api(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(API_TIMEOUT).header("User-Agent", USER_AGENT)
                .header("Authorization", authorization);
    }

    /** A call to a pre-signed storage URL: it carries no token (S3 refuses a second credential). */
    HttpRequest.Builder presigned(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT);
    }

    /** Sends a request that may be repeated, until it gets a final answer or the retries run out. */
    HubResponse idempotent(HttpRequest request, String what) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HubResponse response = once(request);
            if (!response.transientFailure()) {
                return response;
            }
            pause(response, attempt, what);
        }
    }

    /** Sends a write that must not be blindly repeated: only a 429 (refused, not carried out) is retried. */
    HubResponse write(HttpRequest request, String what) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HubResponse response = once(request);
            if (response.status() != 429) {
                return response;
            }
            pause(response, attempt, what);
        }
    }

    /** Waits before try {@code attempt + 1}, or gives up with the failure's kind. */
    void pause(HubResponse response, int attempt, String what) throws InterruptedException {
        if (attempt >= policy.maxAttempts()) {
            throw exhausted(response, attempt, what);
        }
        Duration wait = policy.backoff(attempt);
        if (response.status() == 429) {
            Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), time.now());
            if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                throw new HubException(FailureKind.RATE_LIMITED, 429, what + ": HuggingFace asks to wait "
                        + asked.get().toSeconds() + " s (Retry-After), longer than this client waits");
            }
            wait = asked.orElse(wait);
        }
        Duration chosen = wait;
        LOG.log(Level.DEBUG, () -> what + ": " + response.describe() + ", try " + (attempt + 1) + " in " + chosen);
        time.sleep(chosen);
    }

    /** The final failure for an answer that is not a success, worded with what to check. */
    HubException refusal(HubResponse response, String what) {
        int status = response.status();
        String hub = response.describe();
        return switch (status) {
            case 401 -> new HubException(FailureKind.UNAUTHORIZED, status,
                    what + ": HuggingFace refused the token (" + hub + "); check HF_TOKEN");
            case 403 -> new HubException(FailureKind.FORBIDDEN, status,
                    what + ": the token may not write there (" + hub + "); check HF_TOKEN's role and HF_NAMESPACE");
            case 404 -> new HubException(FailureKind.NOT_FOUND, status, what + ": not found (" + hub + ")");
            default -> response.transientFailure()
                    ? exhausted(response, 1, what)
                    : new HubException(FailureKind.REJECTED, status, what + ": refused (" + hub + ")");
        };
    }

    private HubException exhausted(HubResponse response, int attempts, String what) {
        FailureKind kind = response.status() == 429 ? FailureKind.RATE_LIMITED : FailureKind.UNAVAILABLE;
        String state = switch (response.status()) {
            case 429 -> "HuggingFace still throttling";
            case 412 -> "another writer kept moving the branch";
            default -> "HuggingFace unavailable";
        };
        return new HubException(kind, response.status(), what + ": " + state + " after " + attempts
                + (attempts == 1 ? " try" : " tries") + " (last: " + response.describe() + ")");
    }

    /** Sends once, whatever the answer: for probes, which must not wait through retries. */
    HubResponse once(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HubResponse(response.statusCode(), response.headers(), response.body(), null);
        } catch (IOException e) {
            return HubResponse.noAnswer(e);
        }
    }
}
