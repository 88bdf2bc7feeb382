package io.subnetstorage.auth.application.port.out.storage;

import java.util.Optional;

/** The result of probing the bucket: reachable or not, how long the probe took, and the error if any. */
public record StoreHealth(boolean ok, long latencyMillis, Optional<String> error) {
}
