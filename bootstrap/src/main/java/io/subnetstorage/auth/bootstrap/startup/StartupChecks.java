package io.subnetstorage.auth.bootstrap.startup;

import io.micronaut.context.annotation.Context;
import io.subnetstorage.auth.bootstrap.config.AttributionConfig;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;
import io.subnetstorage.auth.bootstrap.config.HippiusConfig;
import io.subnetstorage.auth.bootstrap.config.HuggingFaceConfig;
import io.subnetstorage.auth.bootstrap.config.PhasesConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.bootstrap.config.ValidatedAtStart;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs as the context starts, before any port is built: parses every setting of every configuration bean (a bad
 * value stops the start with the variable's name), the settings that depend on each other, checks DATA_DIR when an embedded part will keep state there, and
 * applies the development-metagraph safety rule.
 */
@Context
final class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

    StartupChecks(List<ValidatedAtStart> settings, StoreConfig store, ChainConfig chain, DeploymentConfig deployment,
            UploadConfig uploads, PhasesConfig phases, ConfiguredStores stores, HippiusConfig hippius, HuggingFaceConfig huggingFace,
            AttributionConfig attribution) {
        settings.forEach(ValidatedAtStart::validate);
        // DATA_DIR holds the embedded store, the embedded database, and the receipt key when none is given.
        if (!store.real() || deployment.databaseUrl().isEmpty() || attribution.key().isEmpty()) {
            deployment.usableDataDir();
        }
        // Checks across settings: the phase names configured stores; Hippius's part size depends on MULTIPART_THRESHOLD.
        phases.phases(stores.kinds());
        if (hippius.configured()) {
            hippius.settings(uploads.multipartThreshold(), chain.netuid());
        }
        if (huggingFace.configured()) {
            huggingFace.settings(chain.netuid());
        }
        DevMetagraphRule.check(chain.usesDevMetagraph(), realBackends(store, deployment, hippius, huggingFace), deployment.devMode())
                .ifPresent(banner -> LOG.warn("\n{}\n{}\n{}", "!".repeat(banner.length()), banner, "!".repeat(banner.length())));
    }

    static List<String> realBackends(StoreConfig store, DeploymentConfig deployment, HippiusConfig hippius,
            HuggingFaceConfig huggingFace) {
        List<String> real = new ArrayList<>();
        if (store.real()) {
            real.add("S3_ENDPOINT/AWS credentials");
        }
        if (hippius.configured()) {
            real.add("HIPPIUS_*");
        }
        if (huggingFace.configured()) {
            real.add("HF_*");
        }
        deployment.databaseUrl().ifPresent(url -> real.add("DATABASE_URL"));
        deployment.redisUrl().ifPresent(url -> real.add("REDIS_URL"));
        return real;
    }
}
