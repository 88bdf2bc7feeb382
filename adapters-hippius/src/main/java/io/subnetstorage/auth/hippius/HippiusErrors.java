package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import java.time.Duration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Sorts Hippius's answers: 503 is worth another try, 4xx is a refusal for good, anything else is an outage. */
final class HippiusErrors {

    private HippiusErrors() {
    }

    /** SPEC §8: {@code SlowDown} and {@code ServiceUnavailable} come as 503; a HEAD's 503 has no body to name them. */
    static boolean isRetryable(S3Exception answered) {
        return answered.statusCode() == 503;
    }

    static RuntimeException map(String what, S3Exception answered, int attempts) {
        int status = answered.statusCode();
        String code = code(answered);
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            StoreRefused.Reason reason = switch (status) {
                case 400 -> StoreRefused.Reason.INVALID_REQUEST;
                case 402 -> StoreRefused.Reason.NO_CREDIT;
                case 403 -> StoreRefused.Reason.ACCESS_DENIED;
                case 404 -> StoreRefused.Reason.NOT_FOUND;
                default -> StoreRefused.Reason.OTHER;
            };
            return new StoreRefused(reason, code, "Hippius refused " + what + ": " + status + " " + code + message(answered));
        }
        return new DependencyUnavailable("Hippius " + what + " failed after " + attempts + (attempts == 1 ? " try: " : " tries: ")
                + status + " " + code + message(answered), answered);
    }

    /** The store's {@code Retry-After} in seconds, or zero. */
    static Duration retryAfter(S3Exception answered) {
        if (answered.awsErrorDetails() == null || answered.awsErrorDetails().sdkHttpResponse() == null) {
            return Duration.ZERO;
        }
        return answered.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")
                .filter(value -> value.matches("\\d{1,4}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(Duration.ZERO);
    }

    private static String code(S3Exception answered) {
        if (answered.awsErrorDetails() != null && answered.awsErrorDetails().errorCode() != null) {
            return answered.awsErrorDetails().errorCode();
        }
        // HEAD answers have no body; Hippius names the error in a header instead.
        if (answered.awsErrorDetails() != null && answered.awsErrorDetails().sdkHttpResponse() != null) {
            return answered.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-error-code")
                    .orElse(Integer.toString(answered.statusCode()));
        }
        return Integer.toString(answered.statusCode());
    }

    private static String message(S3Exception answered) {
        String text = answered.awsErrorDetails() == null ? null : answered.awsErrorDetails().errorMessage();
        return text == null || text.isBlank() ? "" : " (" + text + ")";
    }
}
