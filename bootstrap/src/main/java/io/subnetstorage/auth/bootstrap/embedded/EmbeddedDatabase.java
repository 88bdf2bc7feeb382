package io.subnetstorage.auth.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL run from zonky's bundled binaries, with its cluster in the data folder: rows (ledger,
 * audit, registry) survive a restart. The port is chosen free at each start; nothing outside this
 * process connects to it. zonky's own shutdown hook is off: on SIGTERM it would stop the server while
 * requests still use it; the shutdown sequence closes it after the pool instead. A server that a killed
 * JVM left running is stopped first ({@link LeftoverPostmaster}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path clusterDir) throws IOException {
        Files.createDirectories(clusterDir);
        LeftoverPostmaster.stopIfAny(clusterDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        return new EmbeddedDatabase(postgres);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    /** Stops the server (pg_ctl stop); zonky makes a second call a no-op. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
