package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings and stores for tests against a {@link FakeHippius}. */
final class Fixtures {

    static final String SALT = "kit-salt-of-sixteen-characters";
    /** Hippius has no minimum part size: a small threshold keeps multipart writes in tests small. */
    static final long SMALL_THRESHOLD = 64 * 1024;
    /** Retries that do not wait: the stand-in's faults say how many tries there were. */
    static final RetryPolicy NO_WAITING = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(4), pause -> { });

    private Fixtures() {
    }

    static HippiusSettings shared(FakeHippius hippius, BucketName bucket) {
        return shared(hippius.endpoint(), bucket);
    }

    static HippiusSettings shared(URI endpoint, BucketName bucket) {
        return new HippiusSettings(FakeHippius.KEY, FakeHippius.SECRET, endpoint, Optional.empty(), HippiusSettings.DEFAULT_REGION,
                HippiusSettings.Layout.SHARED, Optional.of(bucket), "sn46", Optional.empty(), SMALL_THRESHOLD);
    }

    static HippiusSettings perMiner(FakeHippius hippius, String prefix) {
        return new HippiusSettings(FakeHippius.KEY, FakeHippius.SECRET, hippius.endpoint(), Optional.empty(), HippiusSettings.DEFAULT_REGION,
                HippiusSettings.Layout.PER_MINER, Optional.empty(), prefix, Optional.of(SALT), SMALL_THRESHOLD);
    }

    static HippiusObjectStore store(HippiusSettings settings) {
        return new HippiusObjectStore(settings, NO_WAITING);
    }
}
