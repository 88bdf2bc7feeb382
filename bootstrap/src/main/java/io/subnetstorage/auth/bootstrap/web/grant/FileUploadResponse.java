package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/** One key's upload grant (SPEC §7): POST the {@code fields} and the file, or PUT the body sending exactly {@code headers}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record FileUploadResponse(String s3Key, String url, Map<String, String> fields, long expiresInSeconds, String method,
        Map<String, String> headers) {
}
