package io.subnetstorage.auth.archfixtures.application.frameworks;

import org.postgresql.util.PSQLException;

/** Planted violation: the PostgreSQL driver in the core. */
public class UsesPostgresDriver {

    public String state(PSQLException failure) {
        return failure.getSQLState();
    }
}
