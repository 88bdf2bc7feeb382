/**
 * The S3 store: a configured AWS or S3-compatible bucket, or the embedded s3proxy while no real store of any
 * kind is configured (SPEC §6). Switched on as every optional adapter is, by a package-level {@code @Requires}.
 */
@Configuration
@Requires(condition = S3StoreWanted.class)
package io.subnetstorage.auth.bootstrap.wiring.s3;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
