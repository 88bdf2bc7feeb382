package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/**
 * The miner's grant. {@code method} tells clients how to upload (deployed clients honour it): POST with
 * {@code url} and {@code fields}, or PUT with one grant per announced file in {@code uploads} (and, with
 * exactly one file, that file's URL in {@code url}), each with the headers its URL signs.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record FolderAccessResponse(
        String folder, String method, @Nullable String url, Map<String, String> fields, String expiry, String listUrl,
        StructureInfo structureInfo, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, ObjectGrantView> uploads) {

    /** One object's grant inside {@code uploads}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record ObjectGrantView(String url, Map<String, String> headers, long expiresInSeconds) {
    }
}
