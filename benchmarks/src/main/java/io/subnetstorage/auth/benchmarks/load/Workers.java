package io.subnetstorage.auth.benchmarks.load;

/** Daemon worker threads, so a hung connection can never keep the generator's JVM alive. */
final class Workers {

    private Workers() {
    }

    static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
