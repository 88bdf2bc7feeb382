package io.subnetstorage.auth.domain.grant;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What was handed to a principal: operations on a prefix of one bucket until an expiry. A store cannot
 * revoke a presigned URL, so this record, with the access key that signed it, is what an operator has.
 */
public record AccessGrant(
        UUID id,
        Hotkey principal,
        Role role,
        String backend,
        String bucket,
        FolderPrefix prefix,
        Set<Operation> operations,
        Instant issuedAt,
        Instant expiresAt,
        String signingKeyId) {

    public AccessGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(signingKeyId, "signingKeyId");
        if (operations == null || operations.isEmpty()) {
            throw new IllegalArgumentException("a grant allows at least one operation");
        }
        if (expiresAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("a grant cannot expire before it is issued");
        }
        operations = Set.copyOf(EnumSet.copyOf(operations));
    }
}
