package io.subnetstorage.auth.domain.identity;

import java.util.Objects;

/**
 * An SS58 address as text. The domain checks only its shape (base58 alphabet, plausible length);
 * the checksum and network prefix need Blake2b, so the signature verifier decodes it and treats an
 * undecodable address as an invalid signature, exactly as the deployed service answered.
 */
public record Ss58Address(String value) {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int MIN_LENGTH = 35;
    private static final int MAX_LENGTH = 50;

    public Ss58Address {
        Objects.requireNonNull(value, "value");
        if (!looksLikeSs58(value)) {
            throw new MalformedIdentity("not an SS58 address: " + abbreviate(value));
        }
    }

    public static boolean looksLikeSs58(String text) {
        if (text == null || text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (BASE58.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 16 ? text : text.substring(0, 16) + "...";
    }

    @Override
    public String toString() {
        return value;
    }
}
