package io.subnetstorage.auth.application.port.out.migration;

import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The migrations and the state of each of their objects, shared by every instance (PostgreSQL, ADR 0024). Every
 * call throws {@code DependencyUnavailable} when the database cannot be reached.
 */
public interface MigrationLedger {

    void create(Migration migration);

    Optional<Migration> find(MigrationId id);

    /** Every migration, the newest first. */
    List<Migration> all();

    /** Migrations a runner has work in: queued, running, rolling back. */
    List<MigrationId> runnable();

    /**
     * Moves {@code id} to {@code state} with {@code reason} only while it is in one of {@code from}; answers whether it
     * moved. Entering {@code running} starts the rate's clock.
     */
    boolean transition(MigrationId id, Collection<MigrationState> from, MigrationState state, Optional<String> reason, Instant now);

    /** Adds listed objects not already known; those known keep their state. */
    void add(MigrationId id, List<MigrationObject> objects);

    void markListed(MigrationId id);

    /** The next objects still to do (in flight first, then pending), by key. */
    List<MigrationObject> open(MigrationId id, int limit);

    /** Marks {@code keys} in flight in one commit, before a batch writes them. */
    void markInFlight(MigrationId id, List<ObjectKey> keys);

    /** Records a batch's outcomes in one commit; {@code untried} go back from in flight to pending. */
    void settle(MigrationId id, List<ObjectOutcome> outcomes, List<ObjectKey> untried);

    /** Objects this migration wrote and has not deleted again, after {@code afterKey}, by key. */
    List<MigrationObject> created(MigrationId id, Optional<ObjectKey> afterKey, int limit);

    /**
     * Records a rollback batch in one commit: {@code deleted} are gone from the destination, and no mirror state says
     * they are verified there any more; {@code kept} stay, with why.
     */
    void settleRollback(MigrationId id, List<ObjectKey> deleted, List<ObjectOutcome> kept);

    MigrationCounts counts(MigrationId id);

    /** Every object's line, by key. */
    void report(MigrationId id, Consumer<ObjectOutcome> line);
}
