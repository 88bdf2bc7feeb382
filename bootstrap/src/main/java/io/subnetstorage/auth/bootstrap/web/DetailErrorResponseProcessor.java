package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import io.subnetstorage.auth.bootstrap.web.wire.FieldProblem;
import java.util.Optional;

/**
 * Every error the framework raises itself (no route, wrong method, bad JSON, body too large, failed
 * validation) leaves in the contract's {@code {"detail": ...}} shape, never Micronaut's own.
 */
@Singleton
@Primary
final class DetailErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ErrorBody>) response;
        }
        Optional<List<FieldProblem>> invalid = context.getRootCause().flatMap(InvalidInput::describe);
        MutableHttpResponse<ErrorBody> typed = (MutableHttpResponse<ErrorBody>) response;
        if (invalid.isPresent() && response.getStatus().getCode() < 500) {
            return typed.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(invalid.get()));
        }
        return typed.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorBody(text(response.getStatus(), context)));
    }

    private static String text(HttpStatus status, ErrorContext context) {
        return switch (status) {
            case NOT_FOUND -> "Not Found";
            case METHOD_NOT_ALLOWED -> "Method Not Allowed";
            case REQUEST_ENTITY_TOO_LARGE -> "Request body too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported Media Type";
            case NOT_ACCEPTABLE -> "Not Acceptable";
            default -> status.getCode() >= 500
                    ? "Internal server error"
                    : context.getErrors().stream().findFirst().map(e -> e.getMessage()).orElse(status.getReason());
        };
    }
}
