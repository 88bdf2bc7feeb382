package io.subnetstorage.auth.huggingface;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of one file, readable more than once: the client reads a file to check its digest and take
 * the Hub's 512-byte sample, then again to send it, and again after a retry. Every {@link #open()} must
 * return the same bytes from the start (a spooled temp file does).
 */
@FunctionalInterface
public interface ContentSource {

    InputStream open() throws IOException;

    static ContentSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static ContentSource of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }
}
