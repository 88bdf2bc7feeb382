package io.subnetstorage.auth.bootstrap.health;

import io.micronaut.serde.annotation.Serdeable;

/** One thing that keeps the instance from being ready: {@code database}, {@code store:<name>}, {@code rate-limiter}, {@code metagraph}. */
@Serdeable
public record NotReady(String name, String error) {
}
