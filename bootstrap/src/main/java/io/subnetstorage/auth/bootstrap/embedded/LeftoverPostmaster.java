package io.subnetstorage.auth.bootstrap.embedded;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on the embedded cluster after the JVM that started it was killed (SIGKILL, OOM
 * killer): it is a daemon of its own, so it outlives the JVM, holds the cluster, and the next start would wait for a
 * cluster that never comes up. Found through {@code postmaster.pid} (a live process of that pid that is PostgreSQL)
 * and told apart from a cluster a running instance is using by zonky's {@code epg-lock}, which a live JVM holds; a
 * leftover is stopped (fast shutdown: SIGINT) before the cluster is started again.
 */
final class LeftoverPostmaster {

    static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    static void stopIfAny(Path clusterDir) throws IOException {
        Optional<ProcessHandle> postmaster = running(clusterDir);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        try (FileChannel channel = FileChannel.open(clusterDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(clusterDir, pid);
            }
            LOG.warn("Embedded PostgreSQL: a server (pid {}) left running by an earlier run that did not stop cleanly "
                    + "still holds {}; stopping it before starting the cluster again", pid, clusterDir);
            stop(postmaster.get());
            LOG.info("Embedded PostgreSQL: the leftover server (pid {}) stopped", pid);
        } catch (OverlappingFileLockException heldByThisProcess) {
            throw inUse(clusterDir, pid);
        }
    }

    /** The live PostgreSQL process {@code postmaster.pid} names, if any; a stale file PostgreSQL clears itself. */
    static Optional<ProcessHandle> running(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    }

    private static void stop(ProcessHandle postmaster) throws IOException {
        signal(postmaster, "INT");
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            // escalated below
        }
        // Immediate shutdown: PostgreSQL recovers from its WAL at the next start, as after a crash.
        signal(postmaster, "QUIT");
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the leftover PostgreSQL server " + postmaster.pid());
        } catch (Exception stillRunning) {
            throw new IOException("the leftover PostgreSQL server " + postmaster.pid() + " does not stop; stop it by hand");
        }
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            // SIGTERM below: PostgreSQL's smart shutdown, which the dead JVM's closed connections do not hold up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static ConfigurationException inUse(Path clusterDir, long pid) {
        return new ConfigurationException("DATA_DIR: the embedded PostgreSQL cluster " + clusterDir
                + " is in use by another running instance (PostgreSQL pid " + pid + "); stop it or set another DATA_DIR");
    }
}
