package io.subnetstorage.auth.domain.membership;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable view of the subnet at one block; replaced whole, never edited. */
public final class MetagraphSnapshot {

    private final int netuid;
    private final Map<Hotkey, Neuron> byHotkey;
    private final long block;
    private final Instant syncedAt;

    public MetagraphSnapshot(int netuid, List<Neuron> neurons, long block, Instant syncedAt) {
        if (netuid < 0 || netuid > 0xFFFF) {
            throw new IllegalArgumentException("netuid is a u16");
        }
        this.netuid = netuid;
        this.block = block;
        this.syncedAt = Objects.requireNonNull(syncedAt, "syncedAt");
        Map<Hotkey, Neuron> map = new LinkedHashMap<>();
        for (Neuron neuron : neurons) {
            map.put(neuron.hotkey(), neuron);
        }
        this.byHotkey = Collections.unmodifiableMap(map);
    }

    public Optional<Neuron> find(Hotkey hotkey) {
        return Optional.ofNullable(byHotkey.get(hotkey));
    }

    public Collection<Neuron> neurons() {
        return byHotkey.values();
    }

    public int size() {
        return byHotkey.size();
    }

    public int netuid() {
        return netuid;
    }

    /** The chain block the snapshot was read at; 0 for a snapshot from a file. */
    public long block() {
        return block;
    }

    public Instant syncedAt() {
        return syncedAt;
    }

    public Duration age(Instant now) {
        return Duration.between(syncedAt, now);
    }

    @Override
    public String toString() {
        return "MetagraphSnapshot[netuid=" + netuid + ", neurons=" + size() + ", block=" + block + "]";
    }
}
