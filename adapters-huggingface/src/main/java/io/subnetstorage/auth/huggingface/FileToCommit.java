package io.subnetstorage.auth.huggingface;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file to write at {@code path} in a repo: its declared size and SHA-256 (what the mirror computed
 * while copying) and a way to read it again. The client checks the bytes against both before sending.
 */
public record FileToCommit(String path, long size, String sha256, ContentSource content) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public FileToCommit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
        checkPath(path);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits, got '" + sha256 + "'");
        }
    }

    /** Reads the bytes once to take their size and digest. */
    public static FileToCommit of(String path, byte[] bytes) {
        return of(path, ContentSource.of(bytes));
    }

    /** Reads the file once to take its size and digest; it must not change afterwards. */
    public static FileToCommit of(String path, Path file) {
        return of(path, ContentSource.of(file));
    }

    private static FileToCommit of(String path, ContentSource source) {
        try (InputStream in = source.open()) {
            ContentDigest digest = ContentDigest.read(in, -1);
            return new FileToCommit(path, digest.size(), digest.sha256(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The Hub's rule: relative, no empty, {@code .}, {@code ..} or {@code .git} segment. */
    private static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("invalid path in repo: '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.equals(".git")) {
                throw new IllegalArgumentException("invalid path in repo: '" + path + "'");
            }
        }
    }
}
