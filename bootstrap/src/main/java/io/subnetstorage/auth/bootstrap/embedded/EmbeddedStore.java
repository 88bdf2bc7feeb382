package io.subnetstorage.auth.bootstrap.embedded;

import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private static final String LOOPBACK = "127.0.0.1";

    private final S3Proxy proxy;
    private final BlobStore blobs;
    private final URI endpoint;
    private final LocalCredentials credentials;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedStore(S3Proxy proxy, BlobStore blobs, URI endpoint, LocalCredentials credentials) {
        this.proxy = proxy;
        this.blobs = blobs;
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    /**
     * Starts on {@code port} (0 for any free one), with blobs under {@code blobDir}, and creates {@code bucket}.
     * A port another process holds stops the start with one line naming EMBEDDED_S3_PORT, before s3proxy tries it
     * (its failure would be a page of Jetty stack trace).
     */
    public static EmbeddedStore start(Path blobDir, int port, String bucket, LocalCredentials credentials) {
        requireFree(port);
        try {
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
                    .endpoint(URI.create("http://" + LOOPBACK + ":" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(), credentials.secretAccessKey())
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                if ("FAILED".equals(proxy.getState())) {
                    throw new IllegalStateException("s3proxy failed to start on " + LOOPBACK + ":" + port);
                }
                Thread.sleep(5);
            }
            return new EmbeddedStore(proxy, blobs, URI.create("http://" + LOOPBACK + ":" + proxy.getPort()), credentials);
        } catch (BindException taken) {
            throw portInUse(port);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded S3 store cannot keep its blobs in " + blobDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded S3 store", e);
        } catch (Exception e) {
            if (e.getCause() instanceof BindException) {
                throw portInUse(port);
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("embedded S3 store did not start: " + e, e);
        }
    }

    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            // Free: closed again at once, for s3proxy to take.
        } catch (IOException taken) {
            throw portInUse(port);
        }
    }

    private static ConfigurationException portInUse(int port) {
        return new ConfigurationException("EMBEDDED_S3_PORT=" + port + ": the embedded S3 store cannot listen on " + LOOPBACK
                + ":" + port + ", which is already in use (another instance on this machine?); stop it or set EMBEDDED_S3_PORT");
    }

    public URI endpoint() {
        return endpoint;
    }

    public LocalCredentials credentials() {
        return credentials;
    }

    /**
     * {@code overHttp}, the S3 adapter's store for this endpoint, with its listings asked of the blob store in this JVM
     * ({@link InProcessListings}): the service's own listings of the store it hosts need no HTTP round trip.
     */
    public ObjectStore listingInProcess(ObjectStore overHttp) {
        return new InProcessListingStore(overHttp, new InProcessListings(blobs, overHttp.listings().orElseThrow()));
    }

    /** Stops serving; blobs stay on disk. Safe to call twice. */
    @Override
    public void close() throws Exception {
        if (closed.compareAndSet(false, true)) {
            proxy.stop();
        }
    }
}
