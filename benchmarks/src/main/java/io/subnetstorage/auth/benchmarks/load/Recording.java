package io.subnetstorage.auth.benchmarks.load;

import java.io.IOException;
import java.util.Map;

/**
 * A JFR recording of the service around the measured part of a step only (options {@code jfr-pid} and
 * {@code jfr-file}): started after the bodies are signed, so the profile shows the service under load
 * and not the machine busy signing. {@code jfr-jcmd} names the service's own JDK's jcmd where it is not the PATH's.
 */
final class Recording implements AutoCloseable {

    private final String jcmd;
    private final String pid;
    private final String file;

    private Recording(String jcmd, String pid, String file) {
        this.jcmd = jcmd;
        this.pid = pid;
        this.file = file;
    }

    static Recording start(Map<String, String> options) throws IOException, InterruptedException {
        String pid = options.get("jfr-pid");
        if (pid == null) {
            return new Recording(null, null, null);
        }
        Recording recording = new Recording(options.getOrDefault("jfr-jcmd", "jcmd"), pid, options.get("jfr-file"));
        recording.jcmd("JFR.start", "name=bench", "settings=" + options.getOrDefault("jfr-settings", "default"));
        return recording;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (pid != null) {
            jcmd("JFR.stop", "name=bench", "filename=" + file);
        }
    }

    private void jcmd(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = jcmd;
        command[1] = pid;
        System.arraycopy(args, 0, command, 2, args.length);
        int exit = new ProcessBuilder(command).inheritIO().redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + exit);
        }
    }
}
