package io.subnetstorage.auth.hippius;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The SDK objects: the client talks to {@code HIPPIUS_ENDPOINT}, the presigner names the host clients use.
 * Both path-style (Hippius serves nothing else).
 */
final class HippiusSdk {

    private HippiusSdk() {
    }

    static S3Client client(HippiusSettings settings) {
        return S3Client.builder()
                .region(Region.of(settings.region()))
                .endpointOverride(settings.endpoint())
                .credentialsProvider(credentials(settings))
                .forcePathStyle(true)
                // Hippius checks no checksum; sending CRC32 trailers would only add aws-chunked framing.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // StoreCalls is the one retry policy: the SDK's would retry 503s behind its back and blur the counts.
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    static S3Presigner presigner(HippiusSettings settings) {
        return S3Presigner.builder()
                .region(Region.of(settings.region()))
                .endpointOverride(settings.clientEndpoint())
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    static AwsBasicCredentials basicCredentials(HippiusSettings settings) {
        return AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey());
    }

    private static StaticCredentialsProvider credentials(HippiusSettings settings) {
        return StaticCredentialsProvider.create(basicCredentials(settings));
    }
}
