package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/** {@code /get-file-presigned-urls}: download URLs, refused keys, failures, and their counts. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record FileUrlsResponse(
        Map<String, FileUrl> fileUrls, List<String> invalidFiles, Map<String, String> failedFilesDetails,
        int totalRequested, int totalValid, int totalInvalid, int totalFailed) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record FileUrl(String presignedUrl, String fileKey, long expiresInSeconds, String fileName) {
    }
}
