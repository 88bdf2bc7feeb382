package io.subnetstorage.auth.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command line tool to completion and keeps what it printed; output goes through files, so no pipe can fill. */
final class Command {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** What a finished command left. */
    record Result(List<String> command, int exit, String stdout, String stderr) {

        Result requireSuccess() {
            if (exit != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + exit + "\n" + stdout + stderr);
            }
            return this;
        }

        String output() {
            return stdout + stderr;
        }
    }

    private Command() {
    }

    static Result run(String... command) {
        return run(DEFAULT_TIMEOUT, List.of(command));
    }

    static Result run(Duration timeout, List<String> command) {
        return run(timeout, command, Map.of());
    }

    static Result run(Duration timeout, List<String> command, Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("cmd", ".out");
            Path err = Files.createTempFile("cmd", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
                }
                return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code tool} is on the PATH. */
    static boolean available(String tool) {
        return run(Duration.ofSeconds(30), List.of("sh", "-c", "command -v " + tool)).exit() == 0;
    }
}
