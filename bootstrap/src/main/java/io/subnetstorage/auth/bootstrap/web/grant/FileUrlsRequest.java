package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /get-file-presigned-urls}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record FileUrlsRequest(
        @NotNull String hotkey,
        @NotNull Long timestamp,
        @Nullable String signature,
        @NotNull String minerHotkey,
        @NotNull @Size(max = 1000) List<@NotNull String> fileKeys,
        @Nullable @Min(1) @Max(168) Integer expiryHours) {

    int hours() {
        return expiryHours == null ? 1 : expiryHours;
    }
}
