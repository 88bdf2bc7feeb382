package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import java.util.Objects;

/** What became of one claimed item in a round: settled, its source gone, failed, or not tried (given back). */
record Attempted(MirrorItem item, Settlement settlement, CopyFailure failure, boolean gone) {

    Attempted {
        Objects.requireNonNull(item, "item");
    }

    static Attempted settled(MirrorItem item, Settlement settlement) {
        return new Attempted(item, Objects.requireNonNull(settlement), null, false);
    }

    static Attempted gone(MirrorItem item) {
        return new Attempted(item, null, null, true);
    }

    static Attempted failed(MirrorItem item, CopyFailure failure) {
        return new Attempted(item, null, Objects.requireNonNull(failure), false);
    }

    static Attempted untried(MirrorItem item) {
        return new Attempted(item, null, null, false);
    }

    boolean untried() {
        return settlement == null && failure == null && !gone;
    }
}
