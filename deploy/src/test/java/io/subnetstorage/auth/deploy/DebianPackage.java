package io.subnetstorage.auth.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The .deb this module's package phase built, read through dpkg-deb as an operator's tools would read it. */
final class DebianPackage {

    private final Path file;

    private DebianPackage(Path file) {
        this.file = file;
    }

    /** The one {@code subnet-storage-auth_*.deb} in the directory failsafe names as {@code deb.dir}. */
    static DebianPackage built() {
        Path dir = Path.of(System.getProperty("deb.dir", "target"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> debs = files.filter(f -> f.getFileName().toString().matches("subnet-storage-auth_.*\\.deb")).toList();
            if (debs.size() != 1) {
                throw new AssertionError("expected one package in " + dir + " (built by mvn package), found " + debs);
            }
            return new DebianPackage(debs.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }

    /** A control field as {@code dpkg-deb --field} prints it (continuation lines included). */
    String field(String name) {
        return Command.run("dpkg-deb", "--field", file.toString(), name).requireSuccess().stdout().strip();
    }

    /** A file of the control archive (conffiles, postinst...) as shipped. */
    String controlFile(String name) {
        Path dir = tempDir("deb-control");
        Command.run("dpkg-deb", "--control", file.toString(), dir.toString()).requireSuccess();
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths of the data archive, without the leading "." ("/opt/...", directories end in "/"). */
    List<String> paths() {
        String listing = Command.run("dpkg-deb", "--contents", file.toString()).requireSuccess().stdout();
        return listing.lines().map(line -> line.substring(line.indexOf("./") + 1)).toList();
    }

    /** The data archive unpacked into a new temporary directory, as dpkg would lay it under /. */
    Path extract() {
        Path root = tempDir("deb-root");
        Command.run("dpkg-deb", "--extract", file.toString(), root.toString()).requireSuccess();
        return root;
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comma-separated package names of a Depends-like field, versions dropped. */
    static List<String> packageNames(String relationField) {
        return Arrays.stream(relationField.split(",")).map(p -> p.strip().split("[ (]")[0]).toList();
    }
}
