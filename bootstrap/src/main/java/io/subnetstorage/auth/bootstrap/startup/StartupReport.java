package io.subnetstorage.auth.bootstrap.startup;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.StoreHealth;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.ServerConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every port as the server starts (so a broken store or database shows now, not on the first
 * request), checks the bucket, and prints what runs where, and which keys sign in development.
 */
@Singleton
final class StartupReport {

    static final String ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    static final String BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final StoreConfig storeConfig;
    private final ChainConfig chain;
    private final DeploymentConfig deployment;
    private final BeanProvider<ObjectStore> store;
    private final BeanProvider<EmbeddedStore> embeddedStore;
    private final BeanProvider<DataSource> database;
    private final BeanProvider<MetagraphSource> metagraph;

    StartupReport(StoreConfig storeConfig, ChainConfig chain, DeploymentConfig deployment, BeanProvider<ObjectStore> store,
            BeanProvider<EmbeddedStore> embeddedStore, BeanProvider<DataSource> database, BeanProvider<MetagraphSource> metagraph) {
        this.storeConfig = storeConfig;
        this.chain = chain;
        this.deployment = deployment;
        this.store = store;
        this.embeddedStore = embeddedStore;
        this.database = database;
        this.metagraph = metagraph;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        // The store first: a busy EMBEDDED_S3_PORT then stops the start before PostgreSQL is started for nothing.
        ObjectStore bucket = store.get();
        database.get();
        StringBuilder report = new StringBuilder("Subnet Storage Auth listening on ").append(listening(event.getSource()));
        StoreHealth health = bucket.health();
        line(report, "store", storeConfig.real()
                ? bucket.backend() + " bucket " + bucket.bucket() + " (" + bucket.region() + ")"
                        + storeConfig.endpoint().map(e -> " at " + RedactedUri.of(e)).orElse(" on AWS")
                : "embedded s3proxy at " + embeddedStore.get().endpoint() + ", bucket " + bucket.bucket()
                        + ", access key " + embeddedStore.get().credentials().accessKeyId()
                        + ", data " + deployment.dataDir().resolve("s3"));
        line(report, "bucket check", health.ok() ? "ok (" + health.latencyMillis() + " ms)" : "FAILED: " + health.error().orElse("?"));
        line(report, "database", deployment.databaseUrl().map(url -> "PostgreSQL " + url)
                .orElse("embedded PostgreSQL, data " + deployment.dataDir().resolve("postgres")));
        line(report, "rate limiter and replay store", deployment.redisUrl().isPresent() ? "Redis" : "in-process (single instance)");
        line(report, "metagraph", metagraphLine());
        if (chain.usesDevMetagraph()) {
            line(report, "dev keys", "sign as //Alice (miner) " + ALICE + " or //Bob (validator) " + BOB);
        }
        if (!health.ok()) {
            LOG.warn("Store bucket check failed; /healthcheck reports degraded: {}", health.error().orElse("?"));
        }
        LOG.info(report.toString());
    }

    /** The address really bound: HOST is always explicit (HttpBinding), and the port is the one the socket got. */
    private static String listening(EmbeddedServer server) {
        String address = server.getScheme() + "://" + server.getHost() + ":" + server.getPort();
        return ServerConfig.EVERY_INTERFACE.equals(server.getHost()) ? address + " (every interface)" : address;
    }

    private String metagraphLine() {
        MetagraphSource source = metagraph.get();
        String size = source.current().map(s -> s.size() + " neurons, netuid " + s.netuid()).orElse("no snapshot yet");
        if (chain.live()) {
            return "synced from Subtensor (" + chain.networkLabel() + ") every " + chain.syncInterval().toSeconds() + " s; " + size;
        }
        return chain.metagraphFile().map(path -> "file " + path).orElse("development file (public keys)") + "; " + size;
    }

    private static void line(StringBuilder report, String label, String value) {
        report.append("\n  ").append(label).append(": ").append(value);
    }
}
