package io.subnetstorage.auth.bootstrap.config;

import java.util.Locale;
import java.util.Optional;

/** LOG_FORMAT: {@code text} (the default, for a terminal or journald) or {@code json} (one object a line, for a log shipper). */
public enum LogFormat {
    TEXT,
    JSON;

    /** Empty for anything else than {@code text} or {@code json}, in any case. */
    public static Optional<LogFormat> parse(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
