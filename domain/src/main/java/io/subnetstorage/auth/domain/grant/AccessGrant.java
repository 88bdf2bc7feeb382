package io.subnetstorage.auth.domain.grant;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * What was handed to a principal: operations on a prefix (or exactly one key in it) of one bucket of one
 * store until an expiry, with the HTTP method and size bound the URL allows where it binds them. A store
 * cannot revoke a presigned URL, so this record, with the key that signed it, is what an operator has.
 * A PUT grant without a size bound later carries the {@link SizeCheck} of what it let in.
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
        String signingKeyId,
        Optional<ObjectKey> objectKey,
        Optional<String> httpMethod,
        OptionalLong sizeBound,
        Optional<SizeCheck> sizeCheck) {

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
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(sizeBound, "sizeBound");
        Objects.requireNonNull(sizeCheck, "sizeCheck");
        if (operations == null || operations.isEmpty()) {
            throw new IllegalArgumentException("a grant allows at least one operation");
        }
        if (expiresAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("a grant cannot expire before it is issued");
        }
        if (objectKey.isPresent() && !prefix.contains(objectKey.get())) {
            throw new IllegalArgumentException("a grant's key lies in its prefix");
        }
        operations = Set.copyOf(EnumSet.copyOf(operations));
    }

    /** As handed out: no size check yet. */
    public AccessGrant(UUID id, Hotkey principal, Role role, String backend, String bucket, FolderPrefix prefix,
            Set<Operation> operations, Instant issuedAt, Instant expiresAt, String signingKeyId, Optional<ObjectKey> objectKey,
            Optional<String> httpMethod, OptionalLong sizeBound) {
        this(id, principal, role, backend, bucket, prefix, operations, issuedAt, expiresAt, signingKeyId, objectKey, httpMethod,
                sizeBound, Optional.empty());
    }

    /** A grant on a whole prefix, with no method or size bound recorded. */
    public AccessGrant(UUID id, Hotkey principal, Role role, String backend, String bucket, FolderPrefix prefix,
            Set<Operation> operations, Instant issuedAt, Instant expiresAt, String signingKeyId) {
        this(id, principal, role, backend, bucket, prefix, operations, issuedAt, expiresAt, signingKeyId, Optional.empty(),
                Optional.empty(), OptionalLong.empty());
    }

    /** The same grant, narrowed to one key with the method and size bound its URL carries. */
    public AccessGrant forKey(ObjectKey key, String method, OptionalLong bound) {
        return new AccessGrant(id, principal, role, backend, bucket, prefix, operations, issuedAt, expiresAt, signingKeyId,
                Optional.of(key), Optional.of(method), bound, sizeCheck);
    }

    /** The same grant, recording the method and size bound of the URL it hands out for the whole prefix. */
    public AccessGrant withMethod(String method, OptionalLong bound) {
        return new AccessGrant(id, principal, role, backend, bucket, prefix, operations, issuedAt, expiresAt, signingKeyId,
                objectKey, Optional.of(method), bound, sizeCheck);
    }

    /** The same grant, with what the service found when it checked the size of what the grant let in. */
    public AccessGrant withSizeCheck(SizeCheck check) {
        return new AccessGrant(id, principal, role, backend, bucket, prefix, operations, issuedAt, expiresAt, signingKeyId,
                objectKey, httpMethod, sizeBound, Optional.of(check));
    }
}
