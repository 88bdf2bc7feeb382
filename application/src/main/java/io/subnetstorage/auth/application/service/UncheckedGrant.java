package io.subnetstorage.auth.application.service;

/**
 * A grant with no checks of its own between admission and quota (the validator grants): nothing can refuse
 * there, so the gate may claim the replay key and charge the quota in one step. Final, so a check cannot be
 * added here without the gate learning that it no longer passes by itself.
 */
abstract class UncheckedGrant<T> implements GrantProcedure<T> {

    @Override
    public final void check(Admission admission) {
    }

    @Override
    public final boolean checksAlreadyPass(Admission admission) {
        return true;
    }
}
