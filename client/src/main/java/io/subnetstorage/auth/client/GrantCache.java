package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The miner's folder POST form, kept in the state file and reused until {@code margin} before it expires;
 * only then is the service asked again. A grant is cached per service and hotkey: a grant from another
 * service or for another key would only be refused by the store. PUT answers are not folder grants: their
 * per-object grants live in {@link ObjectGrantCache}.
 */
final class GrantCache {

    private final StateFile state;
    private final String id;
    private final Duration margin;
    private final Clock clock;

    GrantCache(StateFile state, String id, Duration margin, Clock clock) {
        this.state = state;
        this.id = id;
        this.margin = margin;
        this.clock = clock;
    }

    /** The cached POST form while it lasts (an earlier client version also cached PUT answers: they are ignored). */
    Optional<UploadGrant> cached() {
        return state.grant(id).map(UploadGrant::fromResponse).filter(UploadGrant::isPostForm)
                .filter(grant -> grant.usableAt(clock.instant(), margin));
    }

    /** Keeps a folder answer when it is a POST form; returns it read. */
    UploadGrant store(JsonNode response) {
        UploadGrant grant = UploadGrant.fromResponse(response);
        if (grant.isPostForm()) {
            state.putGrant(id, response);
        }
        return grant;
    }

    /** Forgets the grant, e.g. after the store refused it (a rotated signing key kills outstanding grants). */
    void invalidate() {
        state.dropGrant(id);
    }
}
