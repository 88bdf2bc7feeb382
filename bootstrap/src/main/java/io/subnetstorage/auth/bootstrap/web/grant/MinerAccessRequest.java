package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /get-folder-access}, as deployed miners send it. Unknown fields are ignored. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record MinerAccessRequest(
        @NotNull String coldkey, @NotNull String hotkey, @NotNull Long timestamp, @Nullable String signature, @Nullable Long expiry) {
}
