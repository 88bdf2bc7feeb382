package io.subnetstorage.auth.huggingface;

/** What became of one file handed to {@link HubClient#commit}. */
public enum FileStatus {
    /** Written by a commit of this call (or found landed after the Hub answered that commit with an error). */
    COMMITTED,
    /** The path already held exactly these bytes: nothing was written. */
    ALREADY_PRESENT,
    /** The path holds other bytes: never overwritten, to be reported (SPEC §10). */
    CONFLICT,
    /** Not written; {@link FileOutcome#failure()} and {@link FileOutcome#reason()} say why. */
    FAILED
}
