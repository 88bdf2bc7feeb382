package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.domain.quota.QuotaCharge;

/**
 * The parts of one use case that differ, run by {@link SignedRequestGate#grant} in the one order every
 * grant follows: admit, {@link #check}, {@link #charge}, {@link #issue}, record.
 */
interface GrantProcedure<T> {

    /**
     * Refusals found after admission and before any quota (the object already exists, no valid files). A use case
     * with none extends {@link UncheckedGrant}.
     */
    void check(Admission admission);

    /**
     * True only when {@link #check} is already known to pass, without work or side effects: the gate may then
     * claim the replay key and charge the quota in one step, as nothing could refuse between them.
     */
    default boolean checksAlreadyPass(Admission admission) {
        return false;
    }

    QuotaCharge charge(Admission admission);

    /** Presigns (and any store work); the gate records the rows before the answer leaves. */
    Issued<T> issue(Admission admission);
}
