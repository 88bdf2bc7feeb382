package io.subnetstorage.auth.bootstrap.startup;

import io.micronaut.context.annotation.Context;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.config.ValidatedAtStart;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs as the context starts, before any port is built: parses every setting of every configuration bean (a bad
 * value stops the start with the variable's name), checks DATA_DIR when an embedded part will keep state there, and
 * applies the development-metagraph safety rule.
 */
@Context
final class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

    StartupChecks(List<ValidatedAtStart> settings, StoreConfig store, ChainConfig chain, DeploymentConfig deployment) {
        settings.forEach(ValidatedAtStart::validate);
        if (!store.real() || deployment.databaseUrl().isEmpty()) {
            deployment.usableDataDir();
        }
        DevMetagraphRule.check(chain.usesDevMetagraph(), realBackends(store, deployment), deployment.devMode())
                .ifPresent(banner -> LOG.warn("\n{}\n{}\n{}", "!".repeat(banner.length()), banner, "!".repeat(banner.length())));
    }

    static List<String> realBackends(StoreConfig store, DeploymentConfig deployment) {
        List<String> real = new ArrayList<>();
        if (store.real()) {
            real.add("S3_ENDPOINT/AWS credentials");
        }
        deployment.databaseUrl().ifPresent(url -> real.add("DATABASE_URL"));
        deployment.redisUrl().ifPresent(url -> real.add("REDIS_URL"));
        return real;
    }
}
