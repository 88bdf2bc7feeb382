package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Feeds {@link RequestStats}; health probes and metric scrapes are left out so they do not drown real traffic. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestStatsFilter {

    private final RequestStats stats;

    RequestStatsFilter(RequestStats stats) {
        this.stats = stats;
    }

    @ResponseFilter
    void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (!path.equals("/healthcheck") && !path.equals("/metrics")) {
            stats.record(response.code());
        }
    }
}
