package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * Presigned ListObjectsV2 ({@code S3Presigner} has no list operation): built by hand, path-style against
 * the public endpoint, signed in the query string with {@code UNSIGNED-PAYLOAD} and S3's encoding rules.
 */
final class ListUrlSigner {

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsBasicCredentials credentials;
    private final URI endpoint;
    private final String region;

    ListUrlSigner(HippiusSettings settings) {
        this.credentials = HippiusSdk.basicCredentials(settings);
        this.endpoint = settings.clientEndpoint();
        this.region = settings.region();
    }

    URI sign(BucketName bucket, ListQuery query, Duration ttl) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.GET)
                .uri(endpoint)
                .encodedPath("/" + bucket.value())
                .appendRawQueryParameter("list-type", "2")
                .appendRawQueryParameter("prefix", query.prefix().value());
        query.delimiter().ifPresent(d -> request.appendRawQueryParameter("delimiter", d));
        query.maxKeys().ifPresent(n -> request.appendRawQueryParameter("max-keys", Integer.toString(n)));
        query.continuationToken().ifPresent(t -> request.appendRawQueryParameter("continuation-token", t));
        return signer.sign(r -> r.identity(credentials)
                        .request(request.build())
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, ttl)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false))
                .request()
                .getUri();
    }
}
