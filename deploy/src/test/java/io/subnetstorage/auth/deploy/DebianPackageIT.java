package io.subnetstorage.auth.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.ProgressListener;
import io.subnetstorage.auth.client.ServiceClient;
import io.subnetstorage.auth.client.UploadReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §12 and ADR 0014: the .deb this build made, read with dpkg-deb and unpacked without installing
 * it (no root install in a test): what it declares, what it ships, the unit systemd would load, and the
 * packaged launcher serving a miner end to end with the embedded defaults of a fresh install.
 */
class DebianPackageIT {

    static final String NAME = "subnet-storage-auth";
    static final String APP = "/opt/" + NAME;
    static final String TEMURIN_25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

    static DebianPackage deb;
    static Path root;

    @BeforeAll
    static void unpack() {
        deb = DebianPackage.built();
        root = deb.extract();
    }

    @Test
    void controlFieldsNameTheServiceAndOnlyHeadlessLibraries() {
        assertEquals(NAME, deb.field("Package"));
        assertEquals("amd64", deb.field("Architecture"));
        assertTrue(deb.field("Version").matches("\\d+\\.\\d+\\.\\d+(~snapshot)?-1"), deb.field("Version"));
        List<String> depends = DebianPackage.packageNames(deb.field("Depends"));
        assertTrue(depends.contains("adduser"), "postinst creates the system user with adduser: " + depends);
        assertTrue(depends.stream().noneMatch(p -> p.matches("libx.*|libasound.*|libfreetype.*|libgif.*|libpng.*")),
                "a headless server needs no desktop libraries: " + depends);
        assertTrue(deb.field("Description").contains("/etc/" + NAME + "/env"));
    }

    @Test
    void theEnvFileIsTheOnlyConffileAndTheUnitAndLauncherAreShipped() {
        assertEquals(List.of("/etc/" + NAME + "/env"), deb.controlFile("conffiles").lines().toList());
        List<String> paths = deb.paths();
        for (String expected : List.of("/etc/" + NAME + "/env", "/usr/lib/systemd/system/" + NAME + ".service",
                APP + "/bin/" + NAME, APP + "/lib/app/" + NAME + ".jar", APP + "/lib/runtime/release")) {
            assertTrue(paths.contains(expected), expected + " missing from " + paths.size() + " paths");
        }
        assertTrue(paths.stream().noneMatch(p -> p.startsWith("/var/")), "the data directory is made by postinst, owned by the user");
    }

    @Test
    void theUnitRunsTheLauncherAsItsOwnUserWithDataInVarLib() throws IOException {
        List<String> unit = Files.readAllLines(root.resolve("usr/lib/systemd/system/" + NAME + ".service"));
        for (String line : List.of("User=" + NAME, "Group=" + NAME, "Environment=DATA_DIR=/var/lib/" + NAME,
                "EnvironmentFile=/etc/" + NAME + "/env", "ExecStart=" + APP + "/bin/" + NAME,
                "ReadWritePaths=/var/lib/" + NAME, "WantedBy=multi-user.target")) {
            assertTrue(unit.contains(line), line + " missing from the unit");
        }
        assertTrue(Files.isExecutable(root.resolve(APP.substring(1) + "/bin/" + NAME)));
    }

    /** The scripts MaintainerScriptsTest runs are the ones shipped: jpackage took them as they are. */
    @ParameterizedTest
    @ValueSource(strings = {"postinst", "prerm", "postrm"})
    void theMaintainerScriptsAreShippedUnchanged(String script) throws IOException {
        assertEquals(Files.readString(MaintainerScriptsTest.SCRIPTS.resolve(script)), deb.controlFile(script));
    }

    @Test
    void systemdAcceptsTheUnitWithoutWarnings() throws IOException {
        assumeTrue(Command.available("systemd-analyze"), "systemd-analyze is not installed (package systemd): the unit is not verified");
        // Verified against the unpacked tree, so ExecStart= resolves to the packaged launcher; the targets
        // the unit names come from the host's systemd, as they would on an installed system.
        Path units = root.resolve("usr/lib/systemd/system");
        try (var hostUnits = Files.list(Path.of("/usr/lib/systemd/system"))) {
            for (Path target : hostUnits.filter(p -> p.toString().endsWith(".target")).toList()) {
                Files.copy(target, units.resolve(target.getFileName()));
            }
        }
        Command.Result verify = Command.run(Command.DEFAULT_TIMEOUT,
                List.of("systemd-analyze", "verify", "--root=" + root, NAME + ".service"));
        assertEquals(0, verify.exit(), verify.output());
        assertEquals("", verify.output().strip(), "systemd-analyze warnings");
    }

    @Test
    void theBundledRuntimeHasEveryModuleTheJarUses() throws IOException {
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        String needed = Command.run(Command.DEFAULT_TIMEOUT, List.of(jdeps.toString(), "--ignore-missing-deps",
                "--multi-release", "17", "--print-module-deps", System.getProperty("service.jar"))).requireSuccess().stdout();
        Set<String> bundled = runtimeModules();
        Set<String> missing = Arrays.stream(needed.strip().split(",")).filter(m -> !bundled.contains(m))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "add them to the module list of deploy/debian/build-deb.sh");
        assertTrue(bundled.contains("jdk.crypto.ec"), "TLS to S3, PostgreSQL and Redis needs the EC key exchange");
    }

    /** ADR 0030: build-deb.sh bundles Temurin 25's runtime wherever it is installed, unless told otherwise. */
    @Test
    void theBundledRuntimeIsJava25WhereTemurin25IsInstalled() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(TEMURIN_25, "bin", "jpackage")), TEMURIN_25 + " is not installed");
        assumeTrue(System.getenv("PACKAGE_JDK") == null, "PACKAGE_JDK chose the bundled runtime");
        String release = Files.readString(root.resolve(APP.substring(1) + "/lib/runtime/release"));
        assertTrue(release.lines().anyMatch(l -> l.startsWith("JAVA_VERSION=\"25")), release);
    }

    @Test
    void everyLibraryTheRuntimeLoadsComesFromADeclaredDependency() throws IOException {
        Set<String> depends = Set.copyOf(DebianPackage.packageNames(deb.field("Depends")));
        Set<String> undeclared = new TreeSet<>();
        Path runtime = root.resolve(APP.substring(1) + "/lib/runtime/lib");
        // The launcher finds the runtime's own libraries (libjvm.so...) itself; ldd is told where they are.
        Map<String, String> runtimePath = Map.of("LD_LIBRARY_PATH", runtime + ":" + runtime.resolve("server"));
        for (Path library : serverLibraries()) {
            String ldd = Command.run(Command.DEFAULT_TIMEOUT, List.of("ldd", library.toString()), runtimePath).requireSuccess().stdout();
            assertTrue(!ldd.contains("not found"), library + ":\n" + ldd);
            for (String resolved : ldd.lines().filter(l -> l.contains("=> /")).map(l -> l.split("=> ")[1].split(" ")[0]).toList()) {
                if (resolved.startsWith(root.toString())) {
                    continue;
                }
                String packageName = owningPackage(resolved);
                if (!depends.contains(packageName)) {
                    undeclared.add(packageName + " for " + library.getFileName());
                }
            }
        }
        assertEquals(Set.of(), undeclared, "add them to Depends in deploy/debian/jpackage/control");
    }

    @Test
    void thePackagedLauncherServesAMinerWithTheEmbeddedDefaults() throws Exception {
        Path data = DebianPackage.tempDir("packaged-data");
        try (PackagedService service = PackagedService.start(root.resolve(APP.substring(1) + "/bin/" + NAME), data)) {
            assertEquals(200, service.get("healthz").statusCode(), service.log());
            // A grant needs sr25519 verification, the migrated ledger (Flyway at start) and the store's presigning,
            // all running on the bundled runtime; the upload then reaches the embedded store through the grant.
            Path file = data.resolve("upload/data_20260301_120000_5000.parquet");
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[4096];
            new Random(14).nextBytes(bytes);
            Files.write(file, bytes);
            Sr25519Keypair alice = DevKeys.alice();
            String aliceColdkey = Sr25519Keypair.fromUri("//Alice//stash").address();
            MinerClient miner = new MinerClient(new ServiceClient(service.base(), alice), aliceColdkey,
                    data.resolve("miner-state.json"), MinerClient.DEFAULT_GRANT_MARGIN);
            UploadReport report = miner.upload("1", List.of(file), ProgressListener.NONE);
            assertEquals(1, report.uploaded().size(), report + "\n" + service.log());
        }
        assertTrue(Files.isDirectory(data.resolve("postgres")), "the embedded PostgreSQL kept its cluster in DATA_DIR");
    }

    /** The installed package that holds {@code path}, under any of its names (/lib is /usr/lib on merged-/usr systems). */
    private static String owningPackage(String path) throws IOException {
        String real = Path.of(path).toRealPath().toString();
        for (String candidate : List.of(path, real, real.replaceFirst("^/usr/", "/"), path.replaceFirst("^/usr/", "/"))) {
            Command.Result owner = Command.run("dpkg", "-S", candidate);
            if (owner.exit() == 0) {
                return owner.stdout().split(":")[0];
            }
        }
        return path + " (in no package)";
    }

    private static Set<String> runtimeModules() throws IOException {
        String release = Files.readString(root.resolve(APP.substring(1) + "/lib/runtime/release"));
        String modules = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        return Set.of(modules.substring("MODULES=".length()).replace("\"", "").split(" "));
    }

    /**
     * The launcher and the runtime's native libraries, less java.desktop's, which only AWT, imaging and
     * sound load: a headless server never does (java.beans, which the jar uses, needs none of them).
     */
    private static List<Path> serverLibraries() throws IOException {
        Set<String> desktop = Set.of("libawt.so", "libawt_xawt.so", "libawt_headless.so", "libjawt.so", "libfontmanager.so",
                "libjavajpeg.so", "liblcms.so", "libmlib_image.so", "libsplashscreen.so", "libjsound.so");
        try (var files = Files.walk(root.resolve(APP.substring(1)))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".so") || p.getParent().getFileName().toString().equals("bin"))
                    .filter(p -> !desktop.contains(p.getFileName().toString())).toList();
        }
    }
}
