package io.subnetstorage.auth.bootstrap.config;

import java.util.Locale;

/** The BT_NETWORK presets. A local chain has no well-known subnet; it gets 46 like finney unless NET_UID says otherwise. */
public enum BittensorNetwork {
    FINNEY(46),
    TEST(428),
    LOCAL(46);

    private final int netuid;

    BittensorNetwork(int netuid) {
        this.netuid = netuid;
    }

    public int presetNetuid() {
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
