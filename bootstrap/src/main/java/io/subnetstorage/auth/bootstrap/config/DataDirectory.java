package io.subnetstorage.auth.bootstrap.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Proves DATA_DIR usable before an embedded part puts its state there: created when missing, a directory, and
 * writable (tried with a real file: permission bits say nothing to root, a read-only mount does).
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path requireUsable(Path dir, String configured) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ConfigValues.invalid("DATA_DIR", configured, "a directory; " + dir + " is a file");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException | java.nio.file.NotDirectoryException partIsAFile) {
            throw ConfigValues.invalid("DATA_DIR", configured, "a directory that can be created; part of " + dir
                    + " is a file");
        } catch (IOException | SecurityException cannotCreate) {
            throw ConfigValues.invalid("DATA_DIR", configured, "a directory that can be created; " + reason(cannotCreate));
        }
        try {
            Files.delete(Files.createTempFile(dir, ".write-check", ".tmp"));
        } catch (IOException | SecurityException readOnly) {
            throw ConfigValues.invalid("DATA_DIR", configured, "a writable directory; " + reason(readOnly));
        }
        return dir;
    }

    private static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
