package io.subnetstorage.auth.postgres;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.micronaut.core.annotation.Nullable;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** A row of {@code access_grants}: the grant as handed out, and the request that asked for it. */
@MappedEntity("access_grants")
record GrantRow(
        @Id UUID id,
        String principal,
        String role,
        String backend,
        String bucket,
        String prefix,
        @TypeDef(type = DataType.STRING_ARRAY) String[] operations,
        Instant issuedAt,
        Instant expiresAt,
        String signingKeyId,
        String requestId,
        String endpoint,
        String clientAddress,
        @Nullable String objectKey,
        @Nullable String httpMethod,
        @Nullable Long sizeBound,
        @Nullable Instant sizeCheckedAt,
        @Nullable String sizeCheck,
        @Nullable Long sizeFound) {

    static GrantRow of(AccessGrant grant, RequestOrigin origin) {
        return new GrantRow(grant.id(), grant.principal().value(), grant.role().name(), grant.backend(),
                grant.bucket(), grant.prefix().value(),
                grant.operations().stream().map(Operation::name).sorted().toArray(String[]::new),
                grant.issuedAt(), grant.expiresAt(), grant.signingKeyId(),
                ClientText.of(origin.requestId()), ClientText.of(origin.endpoint()),
                ClientText.of(origin.clientAddress()), grant.objectKey().map(ObjectKey::value).orElse(null),
                grant.httpMethod().orElse(null), nullable(grant.sizeBound()), grant.sizeCheck().map(SizeCheck::checkedAt).orElse(null),
                grant.sizeCheck().map(check -> check.outcome().label()).orElse(null),
                grant.sizeCheck().map(check -> nullable(check.sizeFound())).orElse(null));
    }

    AccessGrant grant() {
        Set<Operation> granted = EnumSet.noneOf(Operation.class);
        Arrays.stream(operations).map(Operation::valueOf).forEach(granted::add);
        return new AccessGrant(id, Hotkey.of(principal), Role.valueOf(role), backend, bucket,
                new FolderPrefix(prefix), granted, issuedAt, expiresAt, signingKeyId, Optional.ofNullable(objectKey).map(ObjectKey::new),
                Optional.ofNullable(httpMethod), optional(sizeBound), recordedCheck());
    }

    private Optional<SizeCheck> recordedCheck() {
        return sizeCheck == null ? Optional.empty()
                : Optional.of(new SizeCheck(SizeCheck.Outcome.byLabel(sizeCheck), optional(sizeFound), sizeCheckedAt));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Long nullable(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
