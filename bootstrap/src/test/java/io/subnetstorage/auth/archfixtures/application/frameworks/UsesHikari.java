package io.subnetstorage.auth.archfixtures.application.frameworks;

import com.zaxxer.hikari.HikariDataSource;

/** Planted violation: a connection pool in the core. */
public class UsesHikari {

    public boolean open(HikariDataSource pool) {
        return !pool.isClosed();
    }
}
