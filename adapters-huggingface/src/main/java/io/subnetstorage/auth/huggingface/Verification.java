package io.subnetstorage.auth.huggingface;

/** What {@link HubClient#verify} found at a path. */
public enum Verification {
    /** Same size, and the Hub's oid equals the file's SHA-256 (LFS) or git blob id (regular file). */
    MATCHES,
    DIFFERS,
    ABSENT
}
