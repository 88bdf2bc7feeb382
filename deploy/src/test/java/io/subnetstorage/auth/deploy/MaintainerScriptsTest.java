package io.subnetstorage.auth.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package's maintainer scripts, run by /bin/sh as dpkg runs them, with every command that would
 * change this machine (adduser, install, chown, chmod, systemctl, getent) replaced by a stub that
 * records its arguments and DPKG_ROOT (dpkg's "install under another root") set to a temporary
 * directory: what postinst does on a first install and on an upgrade.
 */
class MaintainerScriptsTest {

    static final Path SCRIPTS = Path.of("debian/jpackage");
    static final List<String> STUBBED = List.of("getent", "adduser", "install", "chown", "chmod", "systemctl");

    @ParameterizedTest
    @ValueSource(strings = {"postinst", "prerm", "postrm"})
    void scriptsAreValidPosixShell(String script) {
        Command.Result syntax = Command.run("sh", "-n", SCRIPTS.resolve(script).toString());
        assertEquals(0, syntax.exit(), syntax.output());
    }

    @Test
    void aFirstInstallCreatesTheUserAndTheDataDirectoryAndClosesTheEnvFile(@TempDir Path dir) throws IOException {
        Path env = Files.createDirectories(dir.resolve("root/etc/subnet-storage-auth")).resolve("env");
        Files.writeString(env, "#PORT=8000\n");
        Command.Result run = postinst(dir, false, "configure");
        assertEquals(0, run.exit(), run.output());
        List<String> calls = Files.readAllLines(dir.resolve("calls"));
        assertTrue(calls.contains("adduser --system --group --quiet --home /var/lib/subnet-storage-auth --no-create-home "
                + "--shell /usr/sbin/nologin --gecos Subnet Storage Auth subnet-storage-auth"), calls.toString());
        assertTrue(calls.contains("install -d -o subnet-storage-auth -g subnet-storage-auth -m 0750 " + dir.resolve("root")
                + "/var/lib/subnet-storage-auth"), calls.toString());
        assertTrue(calls.contains("chown root:subnet-storage-auth " + env), calls.toString());
        assertTrue(calls.contains("chmod 0640 " + env), calls.toString());
        assertTrue(run.stdout().contains("edit /etc/subnet-storage-auth/env, then: systemctl enable --now subnet-storage-auth"));
    }

    @Test
    void anUpgradeKeepsTheUserAndAnEnvFileTheOperatorDeletedStaysDeleted(@TempDir Path dir) throws IOException {
        Command.Result run = postinst(dir, true, "configure", "0.1.0-1");
        assertEquals(0, run.exit(), run.output());
        List<String> calls = Files.readAllLines(dir.resolve("calls"));
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("adduser") || c.startsWith("chown") || c.startsWith("chmod")),
                calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("install -d -o subnet-storage-auth")), calls.toString());
        assertEquals("", run.stdout());
    }

    @Test
    void unknownActionsAreRefused(@TempDir Path dir) throws IOException {
        assertEquals(1, postinst(dir, false, "bogus").exit());
    }

    private static Command.Result postinst(Path dir, boolean userExists, String... arguments) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls");
        Files.createFile(calls);
        for (String command : STUBBED) {
            int exit = command.equals("getent") && !userExists ? 2 : 0;
            Path stub = bin.resolve(command);
            Files.writeString(stub, "#!/bin/sh\necho \"$(basename \"$0\") $*\" >> \"" + calls + "\"\nexit " + exit + "\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new java.util.ArrayList<>(List.of("sh", SCRIPTS.resolve("postinst").toString()));
        command.addAll(List.of(arguments));
        // The stubs come first on PATH, so nothing reaches the real adduser or systemctl; files are under DPKG_ROOT.
        return Command.run(Duration.ofSeconds(30), command, Map.of("PATH", bin + ":/usr/bin:/bin",
                "DPKG_ROOT", dir.resolve("root").toString()));
    }
}
