package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one HTTP request (SPEC §12): the client's {@code X-Request-Id} when it is sane (1 to 64 printable ASCII
 * characters), else a new UUID. {@link RequestIdFilter} gives every request one before anything else runs; the
 * response carries it back, every log line written while handling it has it, and the audit trail stores it.
 */
public record RequestId(String value) {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "ssa.request-id";
    private static final Pattern SANE = Pattern.compile("[\\x20-\\x7E]{1,64}");

    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /** The client's id, or a new one when it sent none or one too long or with control or non-ASCII characters. */
    static RequestId echoOrNew(Optional<String> sent) {
        return sent.filter(id -> SANE.matcher(id).matches() && !id.isBlank()).map(RequestId::new)
                .orElseGet(() -> new RequestId(UUID.randomUUID().toString()));
    }

    /** The id {@link RequestIdFilter} gave this request (decided now if no filter ran, as in a unit test). */
    public static RequestId of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestId.class).orElseGet(() -> {
            RequestId decided = echoOrNew(request.getHeaders().findFirst(HEADER));
            request.setAttribute(ATTRIBUTE, decided);
            return decided;
        });
    }

    @Override
    public String toString() {
        return value;
    }
}
