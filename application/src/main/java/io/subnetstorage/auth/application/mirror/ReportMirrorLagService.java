package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.in.mirror.ReportMirrorLagUseCase;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import java.util.EnumMap;
import java.util.Map;

/** The lag of every store that receives copies, straight from the ledger: callers cache it. */
public final class ReportMirrorLagService implements ReportMirrorLagUseCase {

    private final MirrorTopology topology;
    private final MirrorLedger ledger;

    public ReportMirrorLagService(MirrorTopology topology, MirrorLedger ledger) {
        this.topology = topology;
        this.ledger = ledger;
    }

    @Override
    public Map<StoreKind, MirrorLag> lag() {
        Map<StoreKind, MirrorLag> lag = new EnumMap<>(StoreKind.class);
        topology.targets().forEach(target -> lag.put(target, ledger.lag(target)));
        return lag;
    }
}
