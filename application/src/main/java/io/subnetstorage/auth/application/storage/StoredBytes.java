package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many bytes a miner stores on its upload store, from the service's own listing of its folder, at most
 * {@link #MAX_AGE} old (SPEC §12): a listing per request would let anyone make the service list at will.
 */
public final class StoredBytes {

    public static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(20);

    private record Counted(long bytes, Instant at) {
    }

    private final StoreRouter router;
    private final Clock clock;
    private final Map<Hotkey, Counted> counted = new ConcurrentHashMap<>();

    public StoredBytes(StoreRouter router, Clock clock) {
        this.router = router;
        this.clock = clock;
    }

    /** Empty when the store cannot list; throws {@code DependencyUnavailable} when it cannot be reached. */
    public OptionalLong of(Hotkey miner) {
        Instant now = clock.instant();
        Counted known = counted.get(miner);
        if (known != null && Duration.between(known.at(), now).compareTo(MAX_AGE) <= 0) {
            return OptionalLong.of(known.bytes());
        }
        Route route = router.objectUploads(miner);
        Optional<Listings> listings = route.store().listings();
        if (listings.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        Optional<String> token = Optional.empty();
        do {
            ListQuery query = ListQuery.of(route.location().folder());
            ListPage page = listings.get().list(route.location().bucket(), token.map(query::withContinuationToken).orElse(query), LIST_TIMEOUT);
            total += page.objects().stream().mapToLong(StoredObject::size).sum();
            token = page.nextContinuationToken();
        } while (token.isPresent());
        counted.put(miner, new Counted(total, now));
        return OptionalLong.of(total);
    }
}
