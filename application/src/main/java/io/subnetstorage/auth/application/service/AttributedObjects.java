package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an attributed file of a miner is: on its upload store, or, while a PUT-only store is the upload
 * store, on the POST store that served today's folder forms (SPEC §7 routing), for the objects of a
 * registration. Store calls throw {@code DependencyUnavailable} or {@code StoreRefused}.
 */
final class AttributedObjects {

    /** An object found: the route it was found through, and what HEAD said. */
    record Located(Route route, ObjectInfo info) {
    }

    private final StoreRouter router;

    AttributedObjects(StoreRouter router) {
        this.router = router;
    }

    Optional<Located> locate(Hotkey miner, ObjectKey key) {
        for (Route route : uploadRoutes(miner)) {
            var io = route.store().objectIo();
            if (io.isPresent()) {
                Optional<ObjectInfo> info = io.get().head(route.location().bucket(), key);
                if (info.isPresent()) {
                    return Optional.of(new Located(route, info.get()));
                }
            }
        }
        return Optional.empty();
    }

    private List<Route> uploadRoutes(Hotkey miner) {
        List<Route> routes = new ArrayList<>();
        Route objects = router.objectUploads(miner);
        routes.add(objects);
        try {
            Route forms = router.folderForm(miner);
            if (!forms.storeName().equals(objects.storeName())) {
                routes.add(forms);
            }
        } catch (AccessRefused noPostStore) {
            // Only PUT stores are configured: every upload went to the object store.
        }
        return routes;
    }
}
