package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/** Answers a refusal with the contract's status and text; quota refusals say when to retry. */
@Produces
@Singleton
final class AccessRefusedHandler implements ExceptionHandler<AccessRefused, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, AccessRefused refused) {
        MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(Refusals.status(refused.reason()))
                .body(new ErrorBody(Refusals.detail(refused, request.getPath())));
        refused.retryAt().ifPresent(at -> response.header("Retry-After",
                Long.toString(Math.max(1, Duration.between(Instant.now(), at).toSeconds()))));
        return response;
    }
}
