package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.StoreSide.SOURCE;

import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Temporary files that hold source objects until a batch write has read them (a batch store needs each
 * object's SHA-256 before it takes the bytes, and may read them more than once). A session deletes its files.
 */
final class Spool {

    /** Bytes spooled for one batch before the rest waits for the next round; one object is always taken. */
    static final long BUDGET = 1L << 30;

    private final Path directory;

    Spool(Path directory) {
        this.directory = directory;
    }

    Session session() {
        return new Session();
    }

    /** One object on disk: the claimed item, the source's HEAD, the file, and what was read. */
    record Spooled(MirrorItem item, ObjectInfo source, Path file, Digest digest) {

        InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    final class Session implements AutoCloseable {

        private final List<Path> files = new ArrayList<>();
        private long bytes;

        boolean full() {
            return bytes >= BUDGET;
        }

        /** The object on disk, checked against the source's size and ETag; empty when the source no longer has it. */
        Optional<Spooled> add(MirrorItem item, ObjectStore source, PartRule rule) {
            ObjectIo io = source.objectIo().orElseThrow();
            BucketName bucket = MinerFolders.bucketOf(source, item.miner());
            Optional<ObjectInfo> info = SOURCE.call("HEAD", () -> io.head(bucket, item.key()));
            Optional<InputStream> body = info.isEmpty() ? Optional.empty() : SOURCE.call("GET", () -> io.get(bucket, item.key()));
            if (body.isEmpty()) {
                return Optional.empty();
            }
            Path file = newFile();
            Digest digest;
            try (Hashing hashing = new Hashing(body.get(), rule.partSize(info.get().size())); OutputStream out = Files.newOutputStream(file)) {
                hashing.transferTo(out);
                digest = hashing.digest();
            } catch (IOException e) {
                throw SOURCE.unavailable("GET", new UncheckedIOException(e));
            }
            bytes += digest.bytes();
            if (!digest.vouchedFor(info.get())) {
                throw new CopyFailure(FailureReason.VERIFICATION, "read " + digest.bytes() + " bytes that the source's size "
                        + info.get().size() + " and ETag " + info.get().etag() + " do not vouch for: it changed during the copy");
            }
            return Optional.of(new Spooled(item, info.get(), file, digest));
        }

        private Path newFile() {
            try {
                Path file = Files.createTempFile(directory, "ssa-mirror-", ".part");
                files.add(file);
                return file;
            } catch (IOException e) {
                throw new CopyFailure(FailureReason.OTHER, false, "cannot spool to " + directory + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A leftover temporary file is harmless; the next start's temp cleaning removes it.
                }
            }
        }
    }
}
