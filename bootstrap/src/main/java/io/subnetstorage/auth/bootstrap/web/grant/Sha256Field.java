package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import java.util.Optional;
import java.util.regex.Pattern;

/** An optional {@code sha256}: 64 lower-case hex digits, else a 422 as pydantic's {@code pattern} gives it. */
final class Sha256Field {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256Field() {
    }

    static Optional<String> read(WireReader wire) {
        return wire.string("sha256", HEX);
    }
}
