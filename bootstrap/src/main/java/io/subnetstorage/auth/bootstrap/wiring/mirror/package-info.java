/**
 * The mirrors (SPEC §10, ADR 0022), on when MIRROR_STORES is set: the same package-level switch as every
 * optional part. Without a mirror nothing here exists, so nothing scans, copies or reports lag.
 */
@Configuration
@Requires(condition = MirrorsConfigured.class)
package io.subnetstorage.auth.bootstrap.wiring.mirror;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
