package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Set;

/** Feeds {@link RequestStats}; health probes and metric scrapes are left out so they do not drown real traffic. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestStatsFilter {

    /** Paths that monitors and balancers poll every few seconds, and the status page's own data. */
    static final Set<String> PROBES = Set.of("/healthcheck", "/healthz", "/readyz", "/metrics", "/status.json");

    private final RequestStats stats;

    RequestStatsFilter(RequestStats stats) {
        this.stats = stats;
    }

    @ResponseFilter
    void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!PROBES.contains(request.getPath())) {
            stats.record(response.code());
        }
    }
}
