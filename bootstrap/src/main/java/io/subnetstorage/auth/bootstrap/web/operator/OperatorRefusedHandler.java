package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefused;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import jakarta.inject.Singleton;

/**
 * Status and text for each operator refusal. Unconfigured endpoints answer 404, as if absent; bad
 * credentials of any kind get one 401 text so a prober learns nothing about which part was wrong.
 */
@Produces
@Singleton
final class OperatorRefusedHandler implements ExceptionHandler<OperatorRefused, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, OperatorRefused refused) {
        MutableHttpResponse<ErrorBody> response = switch (refused.reason()) {
            case NOT_CONFIGURED -> answer(HttpStatus.NOT_FOUND, "Not Found");
            case CREDENTIALS_MISSING -> answer(HttpStatus.UNAUTHORIZED, "Operator credentials required");
            case TOKEN_INVALID, NOT_OWNER, SIGNATURE_INVALID -> answer(HttpStatus.UNAUTHORIZED, "Unauthorized");
            case TIMESTAMP_OUTSIDE_WINDOW -> answer(HttpStatus.BAD_REQUEST, "Invalid timestamp");
            case REPLAYED -> answer(HttpStatus.BAD_REQUEST, "Replay detected");
            case REPLAY_GUARD_UNAVAILABLE -> answer(HttpStatus.SERVICE_UNAVAILABLE, "Rate limiter unavailable");
        };
        if (response.status() == HttpStatus.UNAUTHORIZED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response;
    }

    private static MutableHttpResponse<ErrorBody> answer(HttpStatus status, String detail) {
        return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(detail));
    }
}
