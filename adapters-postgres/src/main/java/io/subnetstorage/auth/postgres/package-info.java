/**
 * The PostgreSQL adapters: grant ledger, grant history, audit trail, revocations, the miner registry and
 * registrations, the job lock, the size checks of unbounded uploads, the mirrors' ledger and the migrations' ledger.
 *
 * <p>Every bean here is on when a {@link javax.sql.DataSource} is configured ({@code datasources.default.*})
 * and {@code ledger.backend} is unset or {@code postgres}; set {@code ledger.backend} to anything else to
 * supply these ports from elsewhere while keeping the datasource. Schema: Flyway, {@code db/migration}.
 */
@Configuration
@Requires(beans = DataSource.class)
@Requires(property = "ledger.backend", value = "postgres", defaultValue = "postgres")
package io.subnetstorage.auth.postgres;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
import javax.sql.DataSource;
