package io.subnetstorage.auth.domain.membership;

import java.util.List;

/** A hotkey's presence on the metagraph over time, as the registry recorded it from the snapshots it saw. */
public record MembershipIntervals(List<MembershipInterval> intervals) {

    public MembershipIntervals {
        intervals = List.copyOf(intervals);
    }

    public static MembershipIntervals none() {
        return new MembershipIntervals(List.of());
    }

    public boolean coversSecond(long second) {
        return intervals.stream().anyMatch(interval -> interval.coversSecond(second));
    }
}
