package io.subnetstorage.auth.bootstrap.metrics;

import jakarta.inject.Singleton;

/**
 * The dependencies whose ups and downs are logged. Redis is reported by every quota and replay call and
 * by its check; the database by its check and by revocation reads; grant writes apart, because a full disk
 * fails them while reads and {@code SELECT 1} still work, and that must not read as up-down-up.
 */
@Singleton
public final class DependencyStates {

    private final DependencyState store = new DependencyState("Object store");
    private final DependencyState redis = new DependencyState("Redis (quotas and replay keys)");
    private final DependencyState database = new DependencyState("PostgreSQL");
    private final DependencyState grantWrites = new DependencyState("PostgreSQL grant ledger writes");

    public DependencyState store() {
        return store;
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
