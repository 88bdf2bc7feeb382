package io.subnetstorage.auth.application.port.out.migration;

import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one object, as a report line says it: {@code key,size,source_etag,sha256,destination_etag,state,
 * error}. {@code created}: this migration wrote the destination's object (even when it could not verify it).
 */
public record ObjectOutcome(ObjectKey key, long size, String sourceEtag, Optional<String> sha256, Optional<String> destinationEtag,
        ObjectState state, boolean created, Optional<String> error) {

    public ObjectOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceEtag, "sourceEtag");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(destinationEtag, "destinationEtag");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
    }

    public static ObjectOutcome failed(MigrationObject object, boolean created, String error) {
        return new ObjectOutcome(object.key(), object.size(), object.sourceEtag(), Optional.empty(), object.destinationEtag(),
                ObjectState.FAILED, created, Optional.of(error));
    }
}
