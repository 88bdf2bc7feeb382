package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import jakarta.inject.Singleton;

/** Answers an {@link OperatorProblem} in the contract's {@code {"detail": ...}} shape. */
@Produces
@Singleton
final class OperatorProblemHandler implements ExceptionHandler<OperatorProblem, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, OperatorProblem problem) {
        return HttpResponse.<ErrorBody>status(problem.status).body(new ErrorBody(problem.getMessage()));
    }
}
