package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;

/**
 * The bucket URL clients post forms to and list from. AWS gets the virtual-hosted shape boto3
 * returns ({@code https://{bucket}.s3.{region}.amazonaws.com}); any other store gets its public
 * endpoint plus {@code /{bucket}}, because S3-compatible stores (Hippius) often serve path-style only.
 */
final class BucketUrls {

    private BucketUrls() {
    }

    /** The endpoint clients reach: the public one, else the configured one, else AWS's regional endpoint. */
    static URI endpoint(S3StoreSettings settings) {
        return settings.clientEndpoint().orElseGet(() -> URI.create("https://s3." + settings.region() + ".amazonaws.com"));
    }

    static URI bucketUrl(S3StoreSettings settings, BucketName bucket) {
        return settings.clientEndpoint()
                .map(endpoint -> URI.create(stripSlash(endpoint.toString()) + "/" + bucket.value()))
                .orElseGet(() -> awsBucketUrl(settings, bucket));
    }

    private static URI awsBucketUrl(S3StoreSettings s, BucketName bucket) {
        if (s.pathStyle()) {
            return URI.create("https://s3." + s.region() + ".amazonaws.com/" + bucket.value());
        }
        return URI.create("https://" + bucket.value() + ".s3." + s.region() + ".amazonaws.com");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
