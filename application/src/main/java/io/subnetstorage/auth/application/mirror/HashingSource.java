package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The source object's bytes as the mirror's adapter reads them, hashed on the way. The adapter may open them
 * more than once (a retry); the digest is the last reading's. Whether the source failed is kept apart, because
 * the adapter reports a body it could not read as its own failure.
 */
final class HashingSource implements ObjectContent.Source {

    private final ObjectIo source;
    private final BucketName bucket;
    private final ObjectKey key;
    private final long partSize;
    private volatile Hashing last;
    private volatile boolean failed;

    HashingSource(ObjectIo source, BucketName bucket, ObjectKey key, long partSize) {
        this.source = source;
        this.bucket = bucket;
        this.key = key;
        this.partSize = partSize;
    }

    @Override
    public InputStream open() throws IOException {
        Optional<InputStream> body;
        try {
            body = source.get(bucket, key);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
        if (body.isEmpty()) {
            failed = true;
            throw new IOException(key + " vanished from the source during the copy");
        }
        Hashing hashing = new Hashing(new FailureNoting(body.get()), partSize);
        last = hashing;
        return hashing;
    }

    boolean failed() {
        return failed;
    }

    /** The checksums of the last reading; empty when the adapter never opened the bytes. */
    Optional<Digest> digest() {
        return Optional.ofNullable(last).map(Hashing::digest);
    }

    /** Notes a read failure of the source, whatever the adapter makes of it. */
    private final class FailureNoting extends FilterInputStream {

        FailureNoting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }
    }
}
