package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The contract's error shape, {@code {"detail": ...}}: a string for most errors, a list of
 * {@code {loc, msg, type}} for invalid input, as the deployed FastAPI service answers.
 */
@Serdeable
public record ErrorBody(Object detail) {
}
