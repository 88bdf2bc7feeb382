package io.subnetstorage.auth.s3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Builds the SDK client, which talks to the internal endpoint (presigned URLs name the public one: UrlPresigner). */
final class S3Clients {

    private S3Clients() {
    }

    static S3Client client(S3StoreSettings s) {
        var builder = S3Client.builder()
                .region(Region.of(s.region()))
                .credentialsProvider(credentials(s))
                .forcePathStyle(s.pathStyle())
                // S3-compatible stores may reject the SDK's default CRC32 trailers; only send them when S3 insists.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        s.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static StaticCredentialsProvider credentials(S3StoreSettings s) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKeyId(), s.secretAccessKey()));
    }
}
