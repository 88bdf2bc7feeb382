package io.subnetstorage.auth.archfixtures.application.frameworks;

import io.swagger.v3.oas.annotations.media.Schema;

/** Planted violation: API documentation annotations in the core; they belong on bootstrap's request records. */
@Schema(name = "planted")
public class UsesSwagger {
}
