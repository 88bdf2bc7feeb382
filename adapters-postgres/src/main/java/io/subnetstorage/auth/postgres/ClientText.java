package io.subnetstorage.auth.postgres;

/**
 * Client-supplied text (request ids, claimed hotkeys) bounded and without NUL, which PostgreSQL refuses in
 * text columns: one such value must not fail a grant or poison an audit batch.
 */
final class ClientText {

    static final int MAX_LENGTH = 256;

    private ClientText() {
    }

    static String of(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", "");
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH);
    }
}
