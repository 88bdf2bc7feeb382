package io.subnetstorage.auth.bootstrap.web.wire;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import jakarta.inject.Singleton;

/** FastAPI's answer to a body of the wrong shape: 422 with the list of every problem found. */
@Produces
@Singleton
final class InvalidRequestBodyHandler implements ExceptionHandler<InvalidRequestBody, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, InvalidRequestBody invalid) {
        return HttpResponse.<ErrorBody>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ErrorBody(invalid.problems()));
    }
}
