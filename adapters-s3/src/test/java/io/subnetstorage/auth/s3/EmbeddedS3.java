package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;

/**
 * One s3proxy for the whole test JVM, on 127.0.0.1 and a random port, checking SigV4 signatures
 * and POST policies like S3 does. Started once because starting costs up to a second.
 */
final class EmbeddedS3 {

    static final BucketName BUCKET = new BucketName("kit-bucket");
    static final BucketName SECOND_BUCKET = new BucketName("kit-bucket-two");
    static final String REGION = "us-east-1";
    static final String ACCESS_KEY = "kit-access";
    static final String SECRET_KEY = "kit-secret-0123456789";
    /** The smallest S3 allows, so the kit's multipart check writes 10 MiB, not 130. */
    static final long MULTIPART_THRESHOLD = 5L * 1024 * 1024;

    private static URI endpoint;

    private EmbeddedS3() {
    }

    static synchronized URI endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    static S3StoreSettings settings() {
        return settingsAt(endpoint());
    }

    static S3StoreSettings settingsAt(URI endpointUri) {
        return new S3StoreSettings(Optional.of(endpointUri), Optional.empty(), REGION, BUCKET.value(), ACCESS_KEY, SECRET_KEY, true,
                MULTIPART_THRESHOLD);
    }

    private static URI start() {
        try {
            Properties properties = new Properties();
            properties.setProperty(Constants.PROPERTY_IDENTITY, ACCESS_KEY);
            properties.setProperty(Constants.PROPERTY_CREDENTIAL, SECRET_KEY);
            BlobStore store = BlobStores.create("transient", properties);
            store.createContainer(BUCKET.value());
            store.createContainer(SECOND_BUCKET.value());
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(store)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
                }
                Thread.sleep(5);
            }
            // Daemon threads of s3proxy's Jetty die with the JVM; nothing else needs the proxy stopped.
            return URI.create("http://127.0.0.1:" + proxy.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start s3proxy", e);
        }
    }
}
