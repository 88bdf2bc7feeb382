package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A metagraph read once from a file (the development metagraph or {@code METAGRAPH_FILE}). It never
 * changes, so it is stamped with the load time and always reports healthy.
 */
public final class FileMetagraphSource implements MetagraphSource {

    public static final String SOURCE = "file";

    private final MetagraphSnapshot snapshot;

    public FileMetagraphSource(Path path, Clock clock) {
        this(MetagraphFile.read(path, clock.instant()));
    }

    public FileMetagraphSource(MetagraphSnapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    /** Loads a file packaged on the classpath, e.g. {@code metagraph/dev-metagraph.json}. */
    public static FileMetagraphSource fromClasspath(String resource, ClassLoader loader, Clock clock) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + resource);
            }
            return new FileMetagraphSource(MetagraphFile.read(in, clock.instant()));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<MetagraphSnapshot> current() {
        return Optional.of(snapshot);
    }

    @Override
    public MetagraphStatus status() {
        return MetagraphStatus.healthy(SOURCE, snapshot.syncedAt());
    }
}
