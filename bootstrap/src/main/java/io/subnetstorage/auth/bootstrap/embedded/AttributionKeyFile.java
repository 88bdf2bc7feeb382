package io.subnetstorage.auth.bootstrap.embedded;

import io.subnetstorage.auth.bittensor.identity.Sr25519ReceiptSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded deployment's attribution key, generated once and kept in the data folder, readable by its
 * owner only: receipts issued before a restart stay verifiable with the same published key.
 */
public final class AttributionKeyFile {

    static final String FILE_NAME = "attribution-key";

    private AttributionKeyFile() {
    }

    /** The secret (a {@code 0x} seed), created on first use. */
    public static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDir);
            Path fresh = Files.createTempFile(dataDir, FILE_NAME, ".new");
            restrictToOwner(fresh);
            Files.writeString(fresh, Sr25519ReceiptSigner.newSecret() + "\n");
            // Moved into place whole, so that a crash never leaves half a key behind.
            Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the attribution key in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Best effort: on a non-POSIX file system the data folder's own permissions apply.
        }
    }
}
