package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.application.port.out.MinerRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MinerRegistryTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final MinerRegistry registry = DB.bean(MinerRegistry.class);

    @Test
    void aHotkeyThatLeavesIsDeregisteredKeptAndReactivatedWhenItReturns() throws Exception {
        Hotkey stays = Fixtures.hotkey();
        Hotkey leaves = Fixtures.hotkey();
        Instant first = Fixtures.now();
        Instant second = first.plusSeconds(600);
        Instant third = first.plusSeconds(1200);

        registry.reconcile(snapshot(List.of(stays, leaves), first), first);
        registry.reconcile(snapshot(List.of(stays), second), second);

        assertEquals(1, count("status = 'active' AND last_seen = ?", stays, Timestamp.from(second)));
        assertEquals(1, count("status = 'deregistered' AND deregistered_at = ? AND deregistered_reason = ?"
                + " AND last_seen = ?", leaves, Timestamp.from(second), "left the subnet", Timestamp.from(first)));

        registry.reconcile(snapshot(List.of(stays, leaves), third), third);

        assertEquals(1, count("status = 'active' AND deregistered_at IS NULL AND deregistered_reason IS NULL"
                + " AND first_seen = ? AND last_seen = ?", leaves, Timestamp.from(first), Timestamp.from(third)));
    }

    @Test
    void anEmptySnapshotDeregistersEveryActiveMinerButDeletesNone() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        registry.reconcile(snapshot(List.of(miner), now), now);
        long rows = DB.database().count("SELECT count(*) FROM miners");

        registry.reconcile(snapshot(List.of(), now.plusSeconds(60)), now.plusSeconds(60));

        assertEquals(rows, DB.database().count("SELECT count(*) FROM miners"));
        assertEquals(0, DB.database().count("SELECT count(*) FROM miners WHERE status = 'active'"));
        assertEquals(1, count("status = 'deregistered'", miner));
    }

    private static long count(String condition, Hotkey hotkey, Object... parameters) throws Exception {
        Object[] all = new Object[parameters.length + 1];
        all[0] = hotkey.value();
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        return DB.database().count("SELECT count(*) FROM miners WHERE hotkey = ? AND " + condition, all);
    }

    private static MetagraphSnapshot snapshot(List<Hotkey> hotkeys, Instant at) {
        return new MetagraphSnapshot(46, hotkeys.stream().map(h -> Fixtures.neuron(hotkeys.indexOf(h), h)).toList(),
                1_000, at);
    }
}
