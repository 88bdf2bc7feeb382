package io.subnetstorage.auth.application.mirror;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashes what passes through it, as it passes: MD5 and SHA-256 of the whole, and the MD5 of each part of
 * {@code partSize} bytes. Reading an object once gives every checksum a copy is verified with.
 */
final class Hashing extends FilterInputStream {

    private final long partSize;
    private final MessageDigest md5 = md5();
    private final MessageDigest sha256 = sha256();
    private final List<byte[]> partMd5s = new ArrayList<>();
    private MessageDigest part = md5();
    private long inPart;
    private long bytes;

    Hashing(InputStream in, long partSize) {
        super(in);
        this.partSize = partSize;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            update(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would not be hashed: read them instead.
        long skipped = 0;
        byte[] buffer = new byte[8192];
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void update(byte[] buffer, int offset, int length) {
        md5.update(buffer, offset, length);
        sha256.update(buffer, offset, length);
        bytes += length;
        int at = offset;
        int left = length;
        while (left > 0) {
            int take = (int) Math.min(left, partSize - inPart);
            part.update(buffer, at, take);
            inPart += take;
            at += take;
            left -= take;
            if (inPart == partSize) {
                partMd5s.add(part.digest());
                part = md5();
                inPart = 0;
            }
        }
    }

    /** The checksums of everything read so far; call once the stream is read to its end. */
    Digest digest() {
        List<byte[]> parts = new ArrayList<>(partMd5s);
        if (inPart > 0 || parts.isEmpty()) {
            parts.add(((MessageDigest) cloneOf(part)).digest());
        }
        return new Digest(bytes, ((MessageDigest) cloneOf(md5)).digest(), ((MessageDigest) cloneOf(sha256)).digest(), parts);
    }

    static MessageDigest md5() {
        return algorithm("MD5");
    }

    static MessageDigest sha256() {
        return algorithm("SHA-256");
    }

    private static Object cloneOf(MessageDigest digest) {
        try {
            return digest.clone();
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException("the JDK's digests clone", impossible);
        }
    }

    private static MessageDigest algorithm(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has " + name, impossible);
        }
    }
}
