package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * {@code signature} is optional on the wire only because X-Tao headers may replace it; without them its
 * absence is the same FastAPI-style 422 as any other missing field.
 */
@Produces
@Singleton
final class MissingSignatureHandler implements ExceptionHandler<MissingSignature, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, MissingSignature missing) {
        return HttpResponse.<ErrorBody>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ErrorBody(List.of(
                Map.of("loc", List.of("body", "signature"), "msg", "Field required", "type", "missing"))));
    }
}
