package io.subnetstorage.auth.bootstrap.web.grant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.bootstrap.metrics.RecentActivity;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers a refusal with the contract's status and text; quota refusals say when to retry. Every refusal
 * passes here exactly once, so this is where {@code ssa_requests_denied_total} counts them, forgeries
 * included (and the status page's {@link RecentActivity}): the audit trail keeps only requests whose signature verified.
 *
 * <p>A global {@code @Error} route rather than an {@code ExceptionHandler} bean: Micronaut 4 looks an
 * exception handler up with a qualifier that has no {@code equals}, so its candidate cache never hits and
 * every refusal scanned all bean definitions (a third of a forged request's CPU, issue 18). Error routes
 * are found before handler beans, through the router's own table.
 */
@Controller
@Hidden
final class AccessRefusedHandler {

    private final MeterRegistry meters;
    private final RecentActivity activity;
    private final Clock clock;
    // Registering a counter per refusal builds and hashes its id each time; there are a few dozen pairs.
    private final Map<String, Counter> denied = new ConcurrentHashMap<>();

    AccessRefusedHandler(MeterRegistry meters, RecentActivity activity, Clock clock) {
        this.meters = meters;
        this.activity = activity;
        this.clock = clock;
    }

    @Error(global = true, exception = AccessRefused.class)
    HttpResponse<ErrorBody> handle(HttpRequest<?> request, AccessRefused refused) {
        denied.computeIfAbsent(refused.role().name() + ' ' + refused.reason().name(),
                key -> counter(refused.role(), refused.reason())).increment();
        activity.refused(refused.reason().name());
        MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(Refusals.status(refused))
                .body(new ErrorBody(Refusals.detail(refused)));
        refused.retryAt().ifPresent(at -> response.header("Retry-After",
                Long.toString(Math.max(1, Duration.between(clock.instant(), at).toSeconds()))));
        return response;
    }

    private Counter counter(Role role, ReasonCode reason) {
        return Counter.builder("ssa.requests.denied").description("Requests refused, by reason code")
                .tag("role", role.name().toLowerCase(Locale.ROOT)).tag("reason", reason.name())
                .register(meters);
    }
}
