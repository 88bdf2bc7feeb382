package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A miner's signed claim that it uploaded a file: the message
 * {@code {hotkey}:{file_path}:{sha256hex}:{size}:{timestamp}:{nonce}} signed by its hotkey.
 */
public record Attribution(Hotkey hotkey, ObjectKey file, String sha256Hex, long size, long timestamp, Nonce nonce) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NONCE_HEX = Pattern.compile("[0-9a-f]{32}");

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
        if (size < 0) {
            throw new IllegalArgumentException("a size is not negative");
        }
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
