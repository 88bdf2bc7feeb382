package io.subnetstorage.auth.bootstrap.architecture;

import io.subnetstorage.auth.bootstrap.support.ReactorRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The adapter modules, found in the reactor (every {@code adapters-<name>} folder beside the root pom), so a
 * new adapter is covered by the rules without editing a list. Module {@code adapters-<name>} keeps its code in
 * package {@code io.subnetstorage.auth.<name>}; {@link ArchitectureTest} checks that this holds.
 */
final class AdapterModules {

    static final String PREFIX = "adapters-";

    private AdapterModules() {
    }

    /** The reactor root: the nearest folder up from the working directory whose pom lists modules. */
    static Path root() {
        return ReactorRoot.path();
    }

    /** The {@code <name>} of every {@code adapters-<name>} module. */
    static List<String> names() {
        try (Stream<Path> children = Files.list(root())) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(PREFIX) && Files.isRegularFile(root().resolve(name).resolve("pom.xml")))
                    .map(name -> name.substring(PREFIX.length())).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
