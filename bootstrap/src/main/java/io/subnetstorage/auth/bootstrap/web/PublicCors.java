package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * CORS as SPEC §3 states it: the public endpoints may be called from any page ({@code *}, never with
 * credentials: nothing here rides on cookies, requests carry their own signatures), and {@code /operator/*}
 * gets no CORS at all, so a browser never lets a page read or drive it. The answer depends on nothing but
 * the path: not on Origin (no reflection) nor on Host. Micronaut's own filter is switched off in
 * application.yml; it reflected the origin with credentials and refused requests naming a local Host.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class PublicCors implements Ordered {

    static final String ANY_ORIGIN = "*";
    static final String PUBLIC_METHODS = "GET, POST";
    static final String PREFLIGHT_CACHE_SECONDS = "600";
    static final String OPERATOR_PREFIX = "/operator/";

    @RequestFilter
    @Nullable
    HttpResponse<?> answerPreflight(HttpRequest<?> request) {
        if (!isPreflight(request) || !isPublic(request)) {
            return null;
        }
        MutableHttpResponse<?> allowed = HttpResponse.ok();
        MutableHttpHeaders headers = allowed.getHeaders();
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN);
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, PUBLIC_METHODS);
        // Any request header may be sent (X-Tao-*, Content-Type...): the ones asked for are the ones allowed.
        request.getHeaders().getFirst(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS)
                .ifPresent(asked -> headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, asked));
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_CACHE_SECONDS);
        return allowed;
    }

    @ResponseFilter
    void allowAnyOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getOrigin().isPresent() && !isPreflight(request) && isPublic(request)) {
            // set, not add: exactly one value, whatever else touched the response
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    private static boolean isPreflight(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.OPTIONS && request.getOrigin().isPresent()
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    }

    /** Repeated slashes are collapsed first, so {@code //operator/...} cannot pass for a public path. */
    private static boolean isPublic(HttpRequest<?> request) {
        String path = request.getPath().replaceAll("/{2,}", "/");
        return !(path.startsWith(OPERATOR_PREFIX) || path.equals("/operator"));
    }
}
