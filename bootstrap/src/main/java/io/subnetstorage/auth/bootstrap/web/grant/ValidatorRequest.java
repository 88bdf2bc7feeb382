package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;

/** The body of the validator endpoints; {@code miner_hotkey} and {@code continuation_token} where they apply. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record ValidatorRequest(
        @NotNull String hotkey,
        @NotNull Long timestamp,
        @Nullable String signature,
        @Nullable Long expiry,
        @Nullable String minerHotkey,
        @Nullable String continuationToken) {
}
