package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import jakarta.inject.Singleton;

/**
 * An address or signature that does not even parse. The deployed service could not tell this from a
 * wrong signature, and clients rely on that single answer.
 */
@Produces
@Singleton
final class MalformedIdentityHandler implements ExceptionHandler<MalformedIdentity, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, MalformedIdentity malformed) {
        return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED).body(new ErrorBody("Invalid signature"));
    }
}
