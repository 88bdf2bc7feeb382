package io.subnetstorage.auth.bootstrap.web.operator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** {@code POST /operator/revocations}: the hotkey to refuse from now on, and why. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record RevocationRequest(@NotNull String hotkey, @NotNull String reason) {
}
