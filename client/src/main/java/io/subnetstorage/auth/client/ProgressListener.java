package io.subnetstorage.auth.client;

/** Told how much of each file has been handed to the network; the command line draws a bar from it. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (key, sent, total) -> { };

    void progress(String key, long sent, long total);

    /** A file's transfer finished and the store accepted it. */
    default void done(String key, long total) {
    }
}
