package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.client.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on stderr for files of a mebibyte or more; small files just get their line. */
final class ConsoleProgress implements ProgressListener {

    private static final long LARGE = 1 << 20;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private int lastPercent = -1;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(String key, long sent, long total) {
        if (total < LARGE) {
            return;
        }
        int percent = (int) (100 * sent / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.printf("\r%s [%s%s] %3d%% %.1f/%.1f MiB", name(key), "#".repeat(filled), ".".repeat(WIDTH - filled), percent,
                sent / 1048576.0, total / 1048576.0);
        out.flush();
    }

    @Override
    public synchronized void done(String key, long total) {
        out.print(total >= LARGE ? "\n" : "");
        out.println("uploaded " + key + " (" + total + " bytes)");
        lastPercent = -1;
    }

    private static String name(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
