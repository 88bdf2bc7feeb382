package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import io.subnetstorage.auth.bootstrap.web.wire.FieldProblem;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: anything no closer handler claimed. Bad input that surfaces as a bare codec error
 * still gets its 422; everything else is logged with its stack and answered without one.
 */
@Singleton
@Produces
final class UnhandledErrorHandler implements ExceptionHandler<Exception, HttpResponse<ErrorBody>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledErrorHandler.class);

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, Exception exception) {
        Optional<List<FieldProblem>> invalid = InvalidInput.describe(exception);
        if (invalid.isPresent()) {
            return HttpResponse.<ErrorBody>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ErrorBody(invalid.get()));
        }
        LOG.error("Unhandled error on {} {}", request.getMethod(), request.getPath(), exception);
        return HttpResponse.<ErrorBody>serverError().body(new ErrorBody("Internal server error"));
    }
}
