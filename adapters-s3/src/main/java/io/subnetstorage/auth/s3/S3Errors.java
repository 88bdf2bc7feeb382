package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Sorts the SDK's failures into "try again later" and "the store refuses for good". */
final class S3Errors {

    private S3Errors() {
    }

    static RuntimeException map(String what, SdkException failure) {
        if (failure instanceof S3Exception answered && answered.statusCode() >= 400 && answered.statusCode() < 500
                && answered.statusCode() != 408 && answered.statusCode() != 429) {
            String code = answered.awsErrorDetails() == null ? Integer.toString(answered.statusCode())
                    : String.valueOf(answered.awsErrorDetails().errorCode());
            StoreRefused.Reason reason = switch (answered.statusCode()) {
                case 400 -> StoreRefused.Reason.INVALID_REQUEST;
                case 402 -> StoreRefused.Reason.NO_CREDIT;
                case 403 -> StoreRefused.Reason.ACCESS_DENIED;
                case 404 -> StoreRefused.Reason.NOT_FOUND;
                default -> StoreRefused.Reason.OTHER;
            };
            return new StoreRefused(reason, code, what + " refused: " + answered.statusCode() + " " + code);
        }
        return new DependencyUnavailable(what + " failed: " + RedactedUri.scrub(failure.getMessage()), failure);
    }
}
