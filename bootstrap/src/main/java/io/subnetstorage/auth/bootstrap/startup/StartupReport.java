package io.subnetstorage.auth.bootstrap.startup;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.bootstrap.config.AttributionConfig;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.ServerConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import io.subnetstorage.auth.bootstrap.health.ProbePolicy;
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
    private final BeanProvider<StoreRouter> stores;
    private final BeanProvider<EmbeddedStore> embeddedStore;
    private final BeanProvider<DataSource> database;
    private final BeanProvider<MetagraphSource> metagraph;
    private final BeanProvider<ReceiptSigner> receipts;
    private final AttributionConfig attribution;

    StartupReport(StoreConfig storeConfig, ChainConfig chain, DeploymentConfig deployment, BeanProvider<StoreRouter> stores,
            BeanProvider<EmbeddedStore> embeddedStore, BeanProvider<DataSource> database, BeanProvider<MetagraphSource> metagraph,
            BeanProvider<ReceiptSigner> receipts, AttributionConfig attribution) {
        this.storeConfig = storeConfig;
        this.chain = chain;
        this.deployment = deployment;
        this.stores = stores;
        this.embeddedStore = embeddedStore;
        this.database = database;
        this.metagraph = metagraph;
        this.receipts = receipts;
        this.attribution = attribution;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        // The stores first: a busy EMBEDDED_S3_PORT then stops the start before PostgreSQL is started for nothing.
        StoreRouter router = stores.get();
        database.get();
        StringBuilder report = new StringBuilder("Subnet Storage Auth listening on ").append(listening(event.getSource()));
        boolean allOk = true;
        for (ObjectStore store : router.stores().all()) {
            StoreHealth health = store.health(ProbePolicy.STANDARD.timeout());
            allOk &= health.ok();
            String where = store.layout().allMiners().map(all -> "bucket " + all.bucket()).orElse("a bucket per miner");
            String what = store.descriptor().kind() == StoreKind.S3 && !storeConfig.real()
                    ? "embedded s3proxy at " + embeddedStore.get().endpoint() + ", " + where + ", access key "
                            + embeddedStore.get().credentials().accessKeyId() + ", data " + deployment.dataDir().resolve("s3")
                    : where + " (" + store.descriptor().region() + "), key " + store.descriptor().signingKey();
            line(report, "store " + store.descriptor().name() + " [" + router.phases().roleOf(store.descriptor().kind()).orElse("idle")
                    + "]", what + "; " + (health.ok() ? "ok (" + health.latencyMillis() + " ms)" : "FAILED: " + health.error().orElse("?")));
        }
        line(report, "database", deployment.databaseUrl().map(url -> "PostgreSQL " + url)
                .orElse("embedded PostgreSQL, data " + deployment.dataDir().resolve("postgres")));
        line(report, "rate limiter and replay store", deployment.redisUrl().isPresent() ? "Redis" : "in-process (single instance)");
        line(report, "metagraph", metagraphLine());
        line(report, "attribution receipts", "signed by " + receipts.get().current().ss58() + (attribution.key().isPresent()
                ? " (ATTRIBUTION_KEY)" : " (generated, kept in " + deployment.dataDir().resolve("attribution-key") + ")")
                + (attribution.required() ? "; required on per-object uploads" : ""));
        if (attribution.keyMayDifferBetweenInstances(deployment)) {
            LOG.warn("ATTRIBUTION_KEY is not set with DATABASE_URL: this instance signs receipts with its own generated key;"
                    + " give every instance sharing the database the same ATTRIBUTION_KEY");
        }
        if (chain.usesDevMetagraph()) {
            line(report, "dev keys", "sign as //Alice (miner) " + ALICE + " or //Bob (validator) " + BOB);
        }
        if (!allOk) {
            LOG.warn("A store check failed; /healthcheck reports degraded");
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
