package io.subnetstorage.auth.bootstrap.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A UTF-8 text resource of the jar, read once by the controllers that serve it. */
final class ClasspathText {

    private ClasspathText() {
    }

    /** Empty when the resource is absent (a build without it, e.g. the generated API description). */
    static Optional<String> find(String resource) {
        try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A resource that is part of the source tree: its absence is a broken build. */
    static String read(String resource) {
        return find(resource).orElseThrow(() -> new IllegalStateException(resource + " is missing from the jar"));
    }
}
