package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.http.HttpStatus;

/** An operator request that cannot be served, with the status and detail the caller gets. */
final class OperatorProblem extends RuntimeException {

    final HttpStatus status;

    OperatorProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }
}
