package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.List;
import java.util.OptionalLong;

/**
 * One ledger row as an operator reads it; times are ISO-8601 UTC. A per-object grant adds its key, method and
 * size bound; a PUT grant without a size bound, once checked (SPEC §7), adds {@code size_check} ({@code ok},
 * {@code absent} or {@code deleted}), {@code size_found} and {@code size_checked_at}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record GrantView(String id, String principal, String role, String backend, String bucket, String prefix, List<String> operations,
        String issuedAt, String expiresAt, String signingKeyId, @Nullable String objectKey, @Nullable String httpMethod,
        @Nullable Long sizeBound, @Nullable String sizeCheck, @Nullable Long sizeFound, @Nullable String sizeCheckedAt) {

    static GrantView of(AccessGrant grant) {
        return new GrantView(grant.id().toString(), grant.principal().value(), grant.role().name(), grant.backend(), grant.bucket(),
                grant.prefix().value(), grant.operations().stream().map(Operation::name).sorted().toList(),
                grant.issuedAt().toString(), grant.expiresAt().toString(), grant.signingKeyId(),
                grant.objectKey().map(ObjectKey::value).orElse(null), grant.httpMethod().orElse(null), nullable(grant.sizeBound()),
                grant.sizeCheck().map(check -> check.outcome().label()).orElse(null),
                grant.sizeCheck().map(check -> nullable(check.sizeFound())).orElse(null),
                grant.sizeCheck().map(SizeCheck::checkedAt).map(Object::toString).orElse(null));
    }

    static List<GrantView> of(List<AccessGrant> grants) {
        return grants.stream().map(GrantView::of).toList();
    }

    private static Long nullable(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
