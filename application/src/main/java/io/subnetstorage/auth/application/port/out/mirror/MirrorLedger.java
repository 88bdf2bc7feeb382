package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The state of every (mirror, key) (SPEC §10), shared by every instance. Claims are short transactions that
 * skip rows another claimer holds, so instances share one backlog and an object is copied by one worker at a time.
 * Every call throws {@code DependencyUnavailable} when the database cannot be reached.
 */
public interface MirrorLedger {

    /** Every (mirror, key) tracked for the miner's objects. */
    List<TrackedObject> tracked(Hotkey miner);

    /** New objects become pending; a tracked one from the same source in another version is pending again. */
    void record(List<Discovery> discoveries, Instant now);

    /**
     * Up to {@code limit} items of {@code mirror} whose work is due, oldest due first, each leased for
     * {@code lease}: nobody else claims them until it is over or they are settled.
     */
    List<MirrorItem> claim(StoreKind mirror, int limit, Instant now, Duration lease);

    /** Records the outcome; false when the lease was lost (it ran out, or a scan found a new version). */
    boolean settle(MirrorItem item, Settlement settlement, Instant now);

    /** Gives a claimed item back untried: due at {@code now}, no attempt counted. */
    void release(MirrorItem item, Instant now);

    /** Drops an item whose source object is gone: there is nothing to copy. */
    void forget(MirrorItem item);

    /** How far {@code mirror} is behind. */
    MirrorLag lag(StoreKind mirror);
}
