package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A miner's signed claim that it uploaded a file: the message
 * {@code {hotkey}:{file_path}:{sha256hex}:{size}:{timestamp}:{nonce}} signed by its hotkey (SPEC §9).
 */
public record Attribution(Hotkey hotkey, ObjectKey file, String sha256Hex, long size, long timestamp, Nonce nonce) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NONCE_HEX = Pattern.compile("[0-9a-f]{32}");
    /** Decimal without sign or leading zeros, so that a message has exactly one spelling. */
    private static final Pattern CANONICAL_NUMBER = Pattern.compile("0|[1-9][0-9]{0,18}");
    /** Fields after the file path: sha256, size, timestamp, nonce. */
    private static final int TRAILING_FIELDS = 4;

    public Attribution {
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(nonce, "nonce");
        if (sha256Hex == null || !SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("the hash is 64 lower-case hex digits");
        }
        if (!NONCE_HEX.matcher(nonce.value()).matches()) {
            throw new IllegalArgumentException("an attribution nonce is 32 lower-case hex digits");
        }
        if (size < 0 || timestamp < 0) {
            throw new IllegalArgumentException("a size and a timestamp are not negative");
        }
    }

    /**
     * Reads a message from both ends: the hotkey is everything before the first {@code :} (an SS58 address
     * has none), the last four fields are fixed, so the file path between them may hold {@code :}. Empty
     * unless every field is well formed and the text is the message's one canonical spelling.
     */
    public static Optional<Attribution> parse(String message) {
        if (message == null) {
            return Optional.empty();
        }
        int first = message.indexOf(':');
        int[] cuts = new int[TRAILING_FIELDS];
        int end = message.length();
        for (int i = TRAILING_FIELDS - 1; i >= 0; i--) {
            end = message.lastIndexOf(':', end - 1);
            if (end <= first) {
                return Optional.empty();
            }
            cuts[i] = end;
        }
        String hotkey = message.substring(0, Math.max(first, 0));
        String file = message.substring(first + 1, cuts[0]);
        String sha256 = message.substring(cuts[0] + 1, cuts[1]);
        String size = message.substring(cuts[1] + 1, cuts[2]);
        String timestamp = message.substring(cuts[2] + 1, cuts[3]);
        String nonce = message.substring(cuts[3] + 1);
        if (!Ss58Address.looksLikeSs58(hotkey) || !ObjectKey.isSafe(file) || !SHA256_HEX.matcher(sha256).matches()
                || !CANONICAL_NUMBER.matcher(size).matches() || !CANONICAL_NUMBER.matcher(timestamp).matches()
                || !NONCE_HEX.matcher(nonce).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Attribution(Hotkey.of(hotkey), new ObjectKey(file), sha256, Long.parseLong(size),
                    Long.parseLong(timestamp), new Nonce(nonce)));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /**
     * The file path of a message that may not parse, for reporting which file a refusal concerns: the text
     * between the first {@code :} and the fourth from the end, when there is such a text.
     */
    public static Optional<String> filePathOf(String message) {
        if (message == null || message.indexOf(':') < 0) {
            return Optional.empty();
        }
        int end = message.length();
        for (int i = 0; i < TRAILING_FIELDS; i++) {
            end = message.lastIndexOf(':', end - 1);
            if (end <= message.indexOf(':')) {
                return Optional.empty();
            }
        }
        return Optional.of(message.substring(message.indexOf(':') + 1, end));
    }

    public String message() {
        return hotkey.value() + ":" + file.value() + ":" + sha256Hex + ":" + size + ":" + timestamp + ":" + nonce.value();
    }

    public byte[] messageBytes() {
        return message().getBytes(StandardCharsets.UTF_8);
    }

    /** Does a stored object match what the miner attributed? */
    public boolean matches(String actualSha256Hex, long actualSize) {
        return sha256Hex.equals(actualSha256Hex) && size == actualSize;
    }
}
