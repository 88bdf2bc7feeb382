package io.subnetstorage.auth.bootstrap.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded store's access key and secret, generated once and kept in the data folder: grants
 * signed before a restart are still valid after it, because the same key checks them.
 */
public record LocalCredentials(String accessKeyId, String secretAccessKey) {

    static final String FILE_NAME = "s3-credentials.properties";

    public static LocalCredentials loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                Properties stored = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    stored.load(in);
                }
                return new LocalCredentials(stored.getProperty("access-key-id"), stored.getProperty("secret-access-key"));
            }
            LocalCredentials fresh = new LocalCredentials("local-" + random(6), random(20));
            Files.createDirectories(dataDir);
            Properties out = new Properties();
            out.setProperty("access-key-id", fresh.accessKeyId());
            out.setProperty("secret-access-key", fresh.secretAccessKey());
            try (OutputStream stream = Files.newOutputStream(file)) {
                out.store(stream, "Embedded S3 credentials; delete to rotate (outstanding grants then stop working)");
            }
            restrictToOwner(file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep embedded S3 credentials in " + file, e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Best effort: on a non-POSIX file system the data folder's own permissions apply.
        }
    }
}
