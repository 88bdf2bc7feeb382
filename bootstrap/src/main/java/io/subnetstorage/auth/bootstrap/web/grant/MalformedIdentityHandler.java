package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * An address or signature that does not even parse. The deployed service could not tell this from a
 * wrong signature, and clients rely on that single answer. A global {@code @Error} route for the reason
 * {@link AccessRefusedHandler} is one: a forger's cheapest request must not cost a scan of every bean.
 */
@Controller
@Hidden
final class MalformedIdentityHandler {

    @Error(global = true, exception = MalformedIdentity.class)
    HttpResponse<ErrorBody> handle(HttpRequest<?> request, MalformedIdentity malformed) {
        return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED).body(new ErrorBody("Invalid signature"));
    }
}
