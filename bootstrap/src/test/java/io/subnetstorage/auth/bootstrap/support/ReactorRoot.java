package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reactor root: the nearest folder up from the working directory whose pom lists modules. */
public final class ReactorRoot {

    private ReactorRoot() {
    }

    public static Path path() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                    return candidate;
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        throw new IllegalStateException("no reactor root above " + here);
    }
}
