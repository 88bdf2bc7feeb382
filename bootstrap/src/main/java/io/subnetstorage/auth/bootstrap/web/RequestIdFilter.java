package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives every request its {@link RequestId} first, returns it in {@code X-Request-Id}, and puts it in the MDC of
 * every log line written while the request is handled. The MDC is a thread's, and a request hops threads (the event
 * loop, then the blocking pool of {@code @ExecuteOn(BLOCKING)} controllers): Micronaut's propagated context carries it
 * across those hops ({@link RequestIdInMdc}) and restores each thread's own MDC afterwards, so no id leaks into an
 * unrelated line.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext propagated) {
        propagated.add(new RequestIdInMdc(RequestId.of(request)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(RequestId.HEADER, RequestId.of(request).value());
    }

    /** Before CORS and every other filter, so that even a preflight or a refusal by a filter has its id. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
