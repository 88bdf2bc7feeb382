package io.subnetstorage.auth.benchmarks.load;

import java.io.IOException;
import java.util.Map;

/**
 * A JFR recording of the service around the measured part of a step only (options {@code jfr-pid} and
 * {@code jfr-file}): started after the bodies are signed, so the profile shows the service under load
 * and not the machine busy signing.
 */
final class Recording implements AutoCloseable {

    private final String pid;
    private final String file;

    private Recording(String pid, String file) {
        this.pid = pid;
        this.file = file;
    }

    static Recording start(Map<String, String> options) throws IOException, InterruptedException {
        String pid = options.get("jfr-pid");
        if (pid == null) {
            return new Recording(null, null);
        }
        jcmd(pid, "JFR.start", "name=bench", "settings=" + options.getOrDefault("jfr-settings", "default"));
        return new Recording(pid, options.get("jfr-file"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (pid != null) {
            jcmd(pid, "JFR.stop", "name=bench", "filename=" + file);
        }
    }

    private static void jcmd(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "jcmd";
        System.arraycopy(args, 0, command, 1, args.length);
        int exit = new ProcessBuilder(command).inheritIO().redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        if (exit != 0) {
            throw new IOException("jcmd " + String.join(" ", args) + " exited with " + exit);
        }
    }
}
