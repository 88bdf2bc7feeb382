package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.attribution.RegisteredAttribution;
import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.attribution.AttributionSidecar;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Download URLs of receipts' sidecars for one verification, on the store each receipt was made on, and the
 * ledger row of each store's grant over the miner's {@code attribution/hotkey={hotkey}/} folder.
 */
final class Sidecars {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final SignedRequestGate gate;
    private final StoreRouter router;
    private final Admission admission;
    private final Hotkey miner;
    private final Map<String, AccessGrant> grants = new LinkedHashMap<>();

    Sidecars(SignedRequestGate gate, StoreRouter router, Admission admission, Hotkey miner) {
        this.gate = gate;
        this.router = router;
        this.admission = admission;
        this.miner = miner;
    }

    /** The miner's place on a configured store, by the store's name as records keep it. */
    Optional<Route> routeOf(String storeName) {
        return StoreKind.byLabel(storeName).flatMap(router.stores()::find)
                .filter(store -> store.objectIo().isPresent())
                .map(store -> new Route(store, store.layout().minerFolder(miner)));
    }

    Optional<URI> urlOf(RegisteredAttribution claim) {
        Optional<Route> route = routeOf(claim.store()).filter(found -> found.store().downloads().isPresent());
        if (route.isEmpty()) {
            return Optional.empty();
        }
        Downloads downloads = route.get().store().downloads().orElseThrow();
        Duration lifetime = gate.lifetime(LIFETIME, route.get().store());
        grants.computeIfAbsent(route.get().storeName(), name -> admission.grant(route.get(),
                new FolderPrefix(AttributionSidecar.ROOT + miner.value() + "/"), admission.now().plus(lifetime), Operation.READ));
        return Optional.of(downloads.presignGet(route.get().location().bucket(), AttributionSidecar.keyOf(claim.claim().attribution()),
                lifetime));
    }

    List<AccessGrant> grants() {
        return new ArrayList<>(grants.values());
    }
}
