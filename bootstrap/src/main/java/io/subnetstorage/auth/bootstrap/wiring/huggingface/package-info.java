/**
 * The HuggingFace mirror store (SPEC §10), on when any HF_* variable is set: the same package-level switch as every
 * optional adapter.
 */
@Configuration
@Requires(condition = HuggingFaceConfigured.class)
package io.subnetstorage.auth.bootstrap.wiring.huggingface;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
