package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reuses a miner's grant from the state file until {@code margin} before it expires; only then asks the
 * service for a new one. A grant is cached per service and hotkey: a grant from another service or
 * for another key would only be refused by the store.
 */
final class GrantCache {

    private final StateFile state;
    private final String id;
    private final Duration margin;
    private final Clock clock;
    private final Supplier<JsonNode> fetch;

    GrantCache(StateFile state, String id, Duration margin, Clock clock, Supplier<JsonNode> fetch) {
        this.state = state;
        this.id = id;
        this.margin = margin;
        this.clock = clock;
        this.fetch = fetch;
    }

    UploadGrant current() {
        Optional<UploadGrant> cached = state.grant(id).map(UploadGrant::fromResponse)
                .filter(grant -> grant.usableAt(clock.instant(), margin));
        if (cached.isPresent()) {
            return cached.get();
        }
        JsonNode response = fetch.get();
        UploadGrant fresh = UploadGrant.fromResponse(response);
        state.putGrant(id, response);
        return fresh;
    }

    /** Forgets the grant, e.g. after the store refused it (a rotated signing key kills outstanding grants). */
    void invalidate() {
        state.dropGrant(id);
    }
}
