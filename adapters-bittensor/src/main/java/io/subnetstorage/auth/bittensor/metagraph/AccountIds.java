package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.bittensor.identity.Ss58;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;

/** 32-byte AccountId32 values to and from the SS58 (prefix 42) text the domain keys on. */
final class AccountIds {

    private AccountIds() {
    }

    static Hotkey hotkey(byte[] accountId) {
        return Hotkey.of(Ss58.encode(accountId, Ss58.GENERIC_PREFIX));
    }

    static Coldkey coldkey(byte[] accountId) {
        return Coldkey.of(Ss58.encode(accountId, Ss58.GENERIC_PREFIX));
    }

    /** The account id behind an address; a bad checksum or a non-Bittensor prefix is an
     * IllegalArgumentException ({@code MalformedIdentity}). */
    static byte[] accountId(String ss58) {
        return Ss58.decode(ss58, Ss58.GENERIC_PREFIX);
    }
}
