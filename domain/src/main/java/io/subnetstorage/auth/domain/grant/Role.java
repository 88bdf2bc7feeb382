package io.subnetstorage.auth.domain.grant;

/** Who is asking: a miner writes its own folder, a validator reads everyone's. */
public enum Role {
    MINER,
    VALIDATOR
}
