package io.subnetstorage.auth.domain.replay;

import java.time.Instant;
import java.util.Objects;

/**
 * What a request asks the replay store to remember, until {@code keepUntil} at least. Most requests are
 * single-use; a validator's listing signature may fetch pages, each once, up to a cap (SPEC §5).
 */
public sealed interface ReplayClaim {

    /** Pages one {@code /get-miner-list} signature may fetch in all (the Subnet 13 client's own cap). */
    int MAX_PAGES_PER_SIGNATURE = 200;

    ReplayKey key();

    Instant keepUntil();

    record SingleUse(ReplayKey key, Instant keepUntil) implements ReplayClaim {
        public SingleUse {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keepUntil, "keepUntil");
        }
    }

    /** {@code pageToken} is empty for the first page; any other use of the signature is a replay. */
    record ListingPage(ReplayKey key, String pageToken, Instant keepUntil, int maxPages) implements ReplayClaim {
        public ListingPage {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(pageToken, "pageToken");
            Objects.requireNonNull(keepUntil, "keepUntil");
            if (maxPages < 1) {
                throw new IllegalArgumentException("a listing signature serves at least one page");
            }
        }

        public ReplayKey pageKey() {
            return key.page(pageToken);
        }
    }
}
