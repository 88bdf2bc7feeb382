package io.subnetstorage.auth.bootstrap.embedded;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;

/**
 * An in-process s3proxy on 127.0.0.1 with a file-system blob store: the S3-compatible store used
 * when none is configured. It enforces SigV4 signatures and POST policies like a real store, and keeps keys
 * literal like one: {@code ..} in a key never leaves the folder the key starts in.
 */
public final class EmbeddedStore implements AutoCloseable {

    private final S3Proxy proxy;
    private final URI endpoint;
    private final LocalCredentials credentials;

    private EmbeddedStore(S3Proxy proxy, URI endpoint, LocalCredentials credentials) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    /** Starts on {@code port} (0 for any free one), with blobs under {@code blobDir}, and creates {@code bucket}. */
    public static EmbeddedStore start(Path blobDir, int port, String bucket, LocalCredentials credentials) throws Exception {
        Files.createDirectories(blobDir);
        Properties properties = new Properties();
        properties.setProperty(Constants.PROPERTY_IDENTITY, credentials.accessKeyId());
        properties.setProperty(Constants.PROPERTY_CREDENTIAL, credentials.secretAccessKey());
        properties.setProperty("jclouds.filesystem.basedir", blobDir.toString());
        // Keys stay literal: the file system would resolve ".." in them (LiteralKeyBlobStore).
        BlobStore blobs = new LiteralKeyBlobStore(BlobStores.create("filesystem", properties));
        if (!blobs.containerExists(bucket)) {
            blobs.createContainer(bucket);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(), credentials.secretAccessKey())
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
        return new EmbeddedStore(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()), credentials);
    }

    public URI endpoint() {
        return endpoint;
    }

    public LocalCredentials credentials() {
        return credentials;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
