package io.subnetstorage.auth.bootstrap.web.grant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.bootstrap.metrics.RecentActivity;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Answers a refusal with the contract's status and text; quota refusals say when to retry. Every refusal
 * passes here exactly once, so this is where {@code ssa_requests_denied_total} counts them, forgeries
 * included (and the status page's {@link RecentActivity}): the audit trail keeps only requests whose signature verified.
 */
@Produces
@Singleton
final class AccessRefusedHandler implements ExceptionHandler<AccessRefused, HttpResponse<ErrorBody>> {

    private final MeterRegistry meters;
    private final RecentActivity activity;
    private final Clock clock;

    AccessRefusedHandler(MeterRegistry meters, RecentActivity activity, Clock clock) {
        this.meters = meters;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, AccessRefused refused) {
        Counter.builder("ssa.requests.denied").description("Requests refused, by reason code")
                .tag("role", refused.role().name().toLowerCase(Locale.ROOT)).tag("reason", refused.reason().name())
                .register(meters).increment();
        activity.refused(refused.reason().name());
        MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(Refusals.status(refused))
                .body(new ErrorBody(Refusals.detail(refused)));
        refused.retryAt().ifPresent(at -> response.header("Retry-After",
                Long.toString(Math.max(1, Duration.between(clock.instant(), at).toSeconds()))));
        return response;
    }
}
