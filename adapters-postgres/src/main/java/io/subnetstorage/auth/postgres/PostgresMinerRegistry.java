package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.MembershipHistory;
import io.subnetstorage.auth.application.port.out.MinerRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;

/**
 * Follows the metagraph in one transaction per snapshot: hotkeys in it are active (again, if they had
 * left), active hotkeys missing from it are deregistered. Rows are kept so old grants still name a miner.
 * The same snapshot opens and closes each hotkey's membership stretches, which answer whether a hotkey
 * was on the metagraph when it signed an attribution (SPEC §9).
 */
@Singleton
class PostgresMinerRegistry implements MinerRegistry, MembershipHistory {

    static final String LEFT_THE_SUBNET = "left the subnet";

    private final Transactions transactions;
    private final MinerRepository miners;

    PostgresMinerRegistry(Transactions transactions, MinerRepository miners) {
        this.transactions = transactions;
        this.miners = miners;
    }

    @Override
    public void reconcile(MetagraphSnapshot snapshot, Instant now) {
        Collection<Neuron> neurons = snapshot.neurons();
        String[] hotkeys = neurons.stream().map(n -> n.hotkey().value()).toArray(String[]::new);
        String[] coldkeys = neurons.stream().map(n -> n.coldkey().value()).toArray(String[]::new);
        Integer[] uids = neurons.stream().map(Neuron::uid).toArray(Integer[]::new);
        transactions.inTransaction("reconciling miners with " + snapshot, connection -> {
            miners.upsertActive(hotkeys, coldkeys, uids, now);
            MembershipIntervalsSql.follow(connection, hotkeys, now);
            return miners.deregisterAllBut(hotkeys, now, LEFT_THE_SUBNET);
        });
    }

    @Override
    public MembershipIntervals intervalsOf(Hotkey hotkey) {
        return transactions.inTransaction("reading the membership of " + hotkey,
                connection -> MembershipIntervalsSql.of(connection, hotkey.value()));
    }
}
