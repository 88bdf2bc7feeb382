package io.subnetstorage.auth.bootstrap.metrics;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dependencies whose ups and downs are logged. Redis is reported by every quota and replay call and
 * by its check; the database by its check and by revocation reads; grant writes apart, because a full disk
 * fails them while reads and {@code SELECT 1} still work, and that must not read as up-down-up.
 */
@Singleton
public final class DependencyStates {

    private final Map<String, DependencyState> stores = new ConcurrentHashMap<>();
    private final DependencyState redis = new DependencyState("Redis (quotas and replay keys)");
    private final DependencyState database = new DependencyState("PostgreSQL");
    private final DependencyState grantWrites = new DependencyState("PostgreSQL grant ledger writes");

    /** One per configured store, by its name: Hippius down while S3 answers is one outage, not a flapping one. */
    public DependencyState store(String name) {
        return stores.computeIfAbsent(name, n -> new DependencyState("Object store " + n));
    }

    public DependencyState redis() {
        return redis;
    }

    public DependencyState database() {
        return database;
    }

    public DependencyState grantWrites() {
        return grantWrites;
    }
}
