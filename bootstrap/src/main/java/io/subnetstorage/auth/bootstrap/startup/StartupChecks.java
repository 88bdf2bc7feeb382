package io.subnetstorage.auth.bootstrap.startup;

import io.micronaut.context.annotation.Context;
import io.subnetstorage.auth.bootstrap.config.AttributionConfig;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.LimitsConfig;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;
import io.subnetstorage.auth.bootstrap.config.HippiusConfig;
import io.subnetstorage.auth.bootstrap.config.HuggingFaceConfig;
import io.subnetstorage.auth.bootstrap.config.PhasesConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs as the context starts, before any port is built: parses every setting (a bad value stops the
 * start with the variable's name) and applies the development-metagraph safety rule.
 */
@Context
final class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

    StartupChecks(StoreConfig store, ChainConfig chain, LimitsConfig limits, DeploymentConfig deployment, UploadConfig uploads,
            PhasesConfig phases, ConfiguredStores stores, HippiusConfig hippius, HuggingFaceConfig huggingFace, AttributionConfig attribution) {
        store.validate();
        chain.validate();
        limits.quotas();
        limits.maxJobFoldersPerMiner();
        uploads.validate();
        phases.phases(stores.kinds());
        attribution.validate(deployment);
        if (hippius.configured()) {
            hippius.settings(uploads.multipartThreshold(), chain.netuid());
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
