/**
 * The Hippius store (SPEC §8), on when any HIPPIUS_* variable is set: the same package-level switch as every
 * optional adapter.
 */
@Configuration
@Requires(condition = HippiusConfigured.class)
package io.subnetstorage.auth.bootstrap.wiring.hippius;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
