package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A ListObjectsV2 request: prefix, and optionally a delimiter, a page size and a continuation token. */
public record ListQuery(FolderPrefix prefix, Optional<String> delimiter, OptionalInt maxKeys, Optional<String> continuationToken) {

    public ListQuery {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(maxKeys, "maxKeys");
        Objects.requireNonNull(continuationToken, "continuationToken");
        if (maxKeys.isPresent() && (maxKeys.getAsInt() < 1 || maxKeys.getAsInt() > 10_000)) {
            throw new IllegalArgumentException("maxKeys is 1 to 10000");
        }
    }

    public static ListQuery of(FolderPrefix prefix) {
        return new ListQuery(prefix, Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    public ListQuery withDelimiter(String value) {
        return new ListQuery(prefix, Optional.of(value), maxKeys, continuationToken);
    }

    public ListQuery withMaxKeys(int value) {
        return new ListQuery(prefix, delimiter, OptionalInt.of(value), continuationToken);
    }

    public ListQuery withContinuationToken(String value) {
        return new ListQuery(prefix, delimiter, maxKeys, Optional.ofNullable(value));
    }
}
