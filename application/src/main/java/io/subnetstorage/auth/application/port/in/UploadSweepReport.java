package io.subnetstorage.auth.application.port.in;

/**
 * One run of the size check: grants found within range, with nothing uploaded, whose object was deleted, and
 * those put off to a later run because their store could not be asked.
 */
public record UploadSweepReport(int ok, int absent, int deleted, int deferred) {

    public int checked() {
        return ok + absent + deleted;
    }
}
