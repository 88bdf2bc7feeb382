package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/**
 * The miner's grant. {@code method} tells clients how to upload (deployed clients honour it): POST with
 * {@code url} and {@code fields}, or PUT with per-object URLs from the store that has no POST policies.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record FolderAccessResponse(
        String folder, String method, String url, Map<String, String> fields, String expiry, String listUrl, StructureInfo structureInfo) {
}
