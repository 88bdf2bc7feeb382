package io.subnetstorage.auth.domain.replay;

import java.util.Objects;
import java.util.regex.Pattern;

/** A single-use value a client chooses: a UUID (X-Tao headers) or 32 hex characters (attributions). */
public record Nonce(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-fA-F-]{16,64}");

    public Nonce {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a nonce is 16 to 64 hex digits or dashes");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
