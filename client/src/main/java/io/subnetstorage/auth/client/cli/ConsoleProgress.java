package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.client.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on stderr for files of a mebibyte or more; small files just get their line. */
final class ConsoleProgress implements ProgressListener {

    private static final long LARGE = 1 << 20;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private int lastPercent = -1;

    /** A log (not a terminal) gets a line per quarter instead of a redrawn bar. */
    ConsoleProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public synchronized void progress(String key, long sent, long total) {
        if (total < LARGE) {
            return;
        }
        int percent = (int) (100 * sent / total);
        int step = interactive ? percent : percent / 25 * 25;
        if (step == lastPercent) {
            return;
        }
        lastPercent = step;
        int filled = step * WIDTH / 100;
        out.printf("%s%s [%s%s] %3d%% %.1f/%.1f MiB%s", interactive ? "\r" : "", name(key), "#".repeat(filled), ".".repeat(WIDTH - filled),
                step, sent / 1048576.0, total / 1048576.0, interactive ? "" : "\n");
        out.flush();
    }

    @Override
    public synchronized void done(String key, long total) {
        out.print(interactive && total >= LARGE ? "\n" : "");
        out.println("uploaded " + key + " (" + total + " bytes)");
        lastPercent = -1;
    }

    private static String name(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
