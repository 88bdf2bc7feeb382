package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bucket URL clients post forms to and list from. AWS gets the virtual-hosted shape boto3
 * returns ({@code https://{bucket}.s3.{region}.amazonaws.com}); any other store gets its public
 * endpoint plus {@code /{bucket}}, because S3-compatible stores (Hippius) often serve path-style only. An instance
 * parses each bucket's URL once: a folder walk signs thousands of URLs in a handful of buckets.
 */
final class BucketUrls {

    /** Past this many buckets (one per miner at most) the parsed URLs are dropped and parsed again. */
    private static final int MAX_BUCKETS = 4096;

    private final S3StoreSettings settings;
    private final Map<BucketName, URI> parsed = new ConcurrentHashMap<>();

    BucketUrls(S3StoreSettings settings) {
        this.settings = settings;
    }

    URI of(BucketName bucket) {
        URI url = parsed.get(bucket);
        if (url == null) {
            if (parsed.size() >= MAX_BUCKETS) {
                parsed.clear();
            }
            url = bucketUrl(settings, bucket);
            parsed.put(bucket, url);
        }
        return url;
    }

    /** The endpoint clients reach: the public one, else the configured one, else AWS's regional endpoint. */
    static URI endpoint(S3StoreSettings settings) {
        return settings.clientEndpoint().orElseGet(() -> URI.create("https://s3." + settings.region() + ".amazonaws.com"));
    }

    private static URI bucketUrl(S3StoreSettings settings, BucketName bucket) {
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
