package io.subnetstorage.auth.bootstrap.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Prometheus text exposition at exactly {@code /metrics}. Micronaut's own endpoint lives at
 * {@code /prometheus} and its {@code /metrics} is JSON, so both are off and this takes the path.
 */
@Controller
@Hidden
class MetricsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get("/metrics")
    @Produces(PROMETHEUS_TEXT)
    String scrape() {
        return registry.scrape();
    }
}
