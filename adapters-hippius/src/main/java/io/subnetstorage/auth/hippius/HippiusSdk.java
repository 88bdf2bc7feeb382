package io.subnetstorage.auth.hippius;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider;
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
                .authSchemeProvider(WITHOUT_CHUNKED_SIGNING)
                .build();
    }

    /**
     * No aws-chunked bodies. Over https the SDK sends {@code UNSIGNED-PAYLOAD} anyway; over http it must sign the
     * payload, and the gateway verifies a {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD} seed signature over the
     * empty-body hash, so standard chunked signing would be refused. Without chunking the SDK signs the body's
     * SHA-256 instead, which the gateway accepts (it never compares it with the body).
     */
    private static final S3AuthSchemeProvider WITHOUT_CHUNKED_SIGNING = params -> S3AuthSchemeProvider.defaultProvider()
            .resolveAuthScheme(params).stream()
            .map(option -> option.toBuilder().putSignerProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false).build())
            .toList();

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
