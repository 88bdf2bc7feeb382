package io.subnetstorage.auth.hippius;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where fakehippius and Node are. The tool is {@code ../shared/tools/fake-hippius} next to the repository root
 * (the first folder up from the working directory whose pom.xml lists modules), or {@code -Dfakehippius.dir} /
 * {@code FAKE_HIPPIUS_DIR}; Node is {@code node} on the PATH, or {@code -Dnode} / {@code NODE}.
 */
final class FakeHippiusTool {

    private FakeHippiusTool() {
    }

    static String node() {
        return setting("node", "NODE").orElse("node");
    }

    /** {@code fakehippius.js}; fails with what to do when it is missing. */
    static Path script() {
        Path folder = setting("fakehippius.dir", "FAKE_HIPPIUS_DIR").map(Path::of)
                .orElseGet(() -> repositoryRoot().resolve("../shared/tools/fake-hippius").normalize());
        if (!Files.isRegularFile(folder.resolve("fakehippius.js"))) {
            throw new IllegalStateException("fakehippius.js not found in " + folder.toAbsolutePath()
                    + ": check out ../shared/tools/fake-hippius next to the repository, or set -Dfakehippius.dir or FAKE_HIPPIUS_DIR");
        }
        return folder.resolve("fakehippius.js");
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no pom.xml with <modules> above " + Path.of("").toAbsolutePath());
    }

    private static Optional<String> setting(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)))
                .filter(value -> !value.isBlank());
    }
}
