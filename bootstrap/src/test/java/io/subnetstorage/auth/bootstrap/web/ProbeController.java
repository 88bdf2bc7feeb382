package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A test-only endpoint shaped like the grant endpoints: a validated JSON body, plus one that fails. */
@Controller("/probe")
@Requires(property = "ssa.test.probe", value = "true")
class ProbeController {

    @Serdeable
    record ProbeRequest(@NotBlank @Nullable String hotkey, @NotNull @Nullable Long timestamp, @Nullable String signature) {
    }

    @Post
    String accept(@Valid @Body ProbeRequest request) {
        return request.hotkey() + ":" + request.timestamp();
    }

    @Get("/boom")
    String boom() {
        throw new IllegalStateException("secret internals");
    }
}
