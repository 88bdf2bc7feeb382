package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The PostgreSQL server named by a cluster's {@code postmaster.pid}, for tests that kill the JVM that started it. */
public final class Postmasters {

    private Postmasters() {
    }

    /** The live process {@code clusterDir/postmaster.pid} names, if any. */
    public static Optional<ProcessHandle> running(Path clusterDir) {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** Safety net after a failed test: no PostgreSQL outlives the test that started it. */
    public static void killLeftover(Path clusterDir) {
        running(clusterDir).ifPresent(postmaster -> {
            postmaster.destroyForcibly();
            try {
                postmaster.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort: the test has already failed or finished
            }
        });
    }
}
