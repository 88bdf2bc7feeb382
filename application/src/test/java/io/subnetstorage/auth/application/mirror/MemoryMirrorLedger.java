package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.Discovery;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.mirror.TrackedObject;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The mirror ledger in memory, with the PostgreSQL adapter's rules (leases, resets on a new version). */
final class MemoryMirrorLedger implements MirrorLedger {

    /** One row, as the table holds it. */
    static final class Row {
        StoreKind mirror;
        ObjectKey key;
        Hotkey miner;
        StoreKind source;
        ObjectVersion version;
        MirrorState state = MirrorState.PENDING;
        int attempts;
        Optional<String> sha256 = Optional.empty();
        Optional<String> error = Optional.empty();
        Instant nextAttempt;
        Instant discoveredAt;
        UUID lease;
    }

    final Map<String, Row> rows = new TreeMap<>();

    static String id(StoreKind mirror, ObjectKey key) {
        return mirror.label() + " " + key.value();
    }

    Row row(StoreKind mirror, ObjectKey key) {
        return rows.get(id(mirror, key));
    }

    @Override
    public synchronized List<TrackedObject> tracked(Hotkey miner) {
        return rows.values().stream().filter(row -> row.miner.equals(miner))
                .map(row -> new TrackedObject(row.mirror, row.key, row.source, row.version, row.state)).toList();
    }

    @Override
    public synchronized void record(List<Discovery> discoveries, Instant now) {
        for (Discovery found : discoveries) {
            Row row = rows.get(id(found.mirror(), found.key()));
            if (row != null && (row.source != found.source() || row.version.equals(found.version()))) {
                continue;
            }
            row = row == null ? new Row() : row;
            row.mirror = found.mirror();
            row.key = found.key();
            row.miner = found.miner();
            row.source = found.source();
            row.version = found.version();
            row.state = MirrorState.PENDING;
            row.attempts = 0;
            row.sha256 = Optional.empty();
            row.error = Optional.empty();
            row.nextAttempt = now;
            row.discoveredAt = now;
            row.lease = null;
            rows.put(id(found.mirror(), found.key()), row);
        }
    }

    @Override
    public synchronized List<MirrorItem> claim(StoreKind mirror, int limit, Instant now, Duration lease) {
        UUID token = UUID.randomUUID();
        List<MirrorItem> claimed = new ArrayList<>();
        rows.values().stream().filter(row -> row.mirror == mirror && row.state.dueAgain() && !row.nextAttempt.isAfter(now))
                .sorted(Comparator.comparing(row -> row.nextAttempt)).limit(limit).forEach(row -> {
                    row.lease = token;
                    row.nextAttempt = now.plus(lease);
                    claimed.add(new MirrorItem(row.mirror, row.key, row.miner, row.source, row.version, row.state, row.attempts,
                            row.sha256, token));
                });
        return claimed;
    }

    @Override
    public synchronized boolean settle(MirrorItem item, Settlement settlement, Instant now) {
        Row row = row(item.mirror(), item.key());
        if (row == null || !item.lease().equals(row.lease)) {
            return false;
        }
        row.lease = null;
        row.state = settlement.state();
        row.version = settlement.version();
        row.sha256 = settlement.sha256().or(() -> row.sha256);
        row.error = settlement.error();
        row.attempts += settlement.state() == MirrorState.FAILED ? 1 : 0;
        row.nextAttempt = settlement.nextAttempt().orElse(row.nextAttempt);
        return true;
    }

    @Override
    public synchronized void release(MirrorItem item, Instant now) {
        Row row = row(item.mirror(), item.key());
        if (row != null && item.lease().equals(row.lease)) {
            row.lease = null;
            row.nextAttempt = now;
        }
    }

    @Override
    public synchronized void forget(MirrorItem item) {
        Row row = row(item.mirror(), item.key());
        if (row != null && item.lease().equals(row.lease)) {
            rows.remove(id(item.mirror(), item.key()));
        }
    }

    @Override
    public synchronized MirrorLag lag(StoreKind mirror) {
        List<Row> waiting = rows.values().stream().filter(row -> row.mirror == mirror && row.state.outstanding()).toList();
        long conflicts = rows.values().stream().filter(row -> row.mirror == mirror && row.state == MirrorState.CONFLICT).count();
        return new MirrorLag(waiting.size(), waiting.stream().map(row -> row.discoveredAt).min(Comparator.naturalOrder()), conflicts);
    }
}
