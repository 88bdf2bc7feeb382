package io.subnetstorage.auth.application.port.out.migration;

import java.util.Objects;
import java.util.UUID;

/** A migration's identifier, as {@code POST /operator/migrations} answers it. */
public record MigrationId(UUID value) {

    public MigrationId {
        Objects.requireNonNull(value, "value");
    }

    public static MigrationId random() {
        return new MigrationId(UUID.randomUUID());
    }

    /** Empty when {@code text} is not a UUID: an unknown migration, not a malformed request. */
    public static java.util.Optional<MigrationId> parse(String text) {
        try {
            return java.util.Optional.of(new MigrationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
