package io.subnetstorage.auth.bootstrap.embedded;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeSet;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The embedded store's listings, asked of its blob store in this JVM instead of over loopback HTTP. The service's
 * own listings of the store it hosts paid for a SigV4-signed SDK request, Jetty, s3proxy's signature check and XML
 * both ways; the file-system listing itself was a twentieth of that (JFR, /get-folder-presigned-urls over 256 miners:
 * its 257 listings were half the request's CPU). Presigned URLs still point at s3proxy: clients list over HTTP.
 *
 * <p>A page is what the S3 adapter reads from s3proxy 4.1's ListObjectsV2 handler for the same query: at most
 * 1,000 keys, multipart stubs left out, ETags quoted, modification times to the second (the XML's precision), common
 * prefixes sorted and distinct, and keys the domain refuses skipped. The timeout is not needed: nothing waits on a
 * network, and a walk's own deadline still bounds its request.
 */
final class InProcessListings implements Listings {

    /** As s3proxy's handler: its page size when none is asked, and its cap. */
    static final int MAX_KEYS = 1000;
    /** s3proxy keeps a stub object per multipart upload on the file system and hides it from listings. */
    static final String MULTIPART_STUB_PREFIX = ".s3proxy-mpu-stub-";

    private final BlobStore blobs;
    private final Listings overHttp;

    InProcessListings(BlobStore blobs, Listings overHttp) {
        this.blobs = blobs;
        this.overHttp = overHttp;
    }

    @Override
    public URI presignList(BucketName bucket, ListQuery query, Duration ttl) {
        return overHttp.presignList(bucket, query, ttl);
    }

    @Override
    public ListPage list(BucketName bucket, ListQuery query, Duration timeout) {
        String prefix = query.prefix().value();
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(bucket.value())
                .prefix(prefix.isEmpty() ? null : prefix)
                .maxKeys(Math.min(query.maxKeys().orElse(MAX_KEYS), MAX_KEYS));
        query.delimiter().filter(delimiter -> !delimiter.isEmpty()).ifPresent(request::delimiter);
        query.continuationToken().filter(token -> !token.isEmpty()).ifPresent(request::continuationToken);
        ListObjectsV2Response response;
        try {
            if (!blobs.containerExists(bucket.value())) {
                throw new DependencyUnavailable("embedded store list of " + bucket + " failed: no such bucket");
            }
            response = blobs.list(request.build());
        } catch (DependencyUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DependencyUnavailable("embedded store list of " + bucket + " failed: " + e.getMessage(), e);
        }
        TreeSet<String> prefixes = new TreeSet<>();
        response.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(prefixes::add);
        return new ListPage(
                response.contents().stream()
                        .filter(o -> !o.key().startsWith(MULTIPART_STUB_PREFIX) && ObjectKey.isSafe(o.key()))
                        .map(InProcessListings::stored)
                        .toList(),
                prefixes.stream().toList(),
                Optional.ofNullable(response.nextContinuationToken()));
    }

    private static StoredObject stored(S3Object object) {
        String etag = object.eTag();
        if (etag != null && !etag.startsWith("\"") && !etag.endsWith("\"")) {
            etag = "\"" + etag + "\"";
        }
        return new StoredObject(new ObjectKey(object.key()), object.size() == null ? 0 : object.size(), etag == null ? "" : etag,
                object.lastModified() == null ? null : object.lastModified().truncatedTo(ChronoUnit.SECONDS));
    }
}
