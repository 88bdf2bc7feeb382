package io.subnetstorage.auth.bootstrap.config;

import java.util.Locale;
import java.util.OptionalInt;

/** The BT_NETWORK presets. A local chain has no well-known subnet, so NET_UID must say which. */
public enum BittensorNetwork {
    FINNEY(OptionalInt.of(46)),
    TEST(OptionalInt.of(428)),
    LOCAL(OptionalInt.empty());

    private final OptionalInt netuid;

    BittensorNetwork(OptionalInt netuid) {
        this.netuid = netuid;
    }

    public OptionalInt presetNetuid() {
        return netuid;
    }

    /** The name as BT_NETWORK spells it and as {@code /rate-limits} reports it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BittensorNetwork parse(String value) {
        for (BittensorNetwork network : values()) {
            if (network.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return network;
            }
        }
        throw ConfigValues.invalid("BT_NETWORK", value, "finney, test or local");
    }
}
