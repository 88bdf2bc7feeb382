package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What Hippius refuses before it even checks a signature (SPEC §8): keys with discouraged characters, and
 * {@code x-amz-meta-*} values over 2048 bytes. Presigning checks them, so nobody gets a URL that cannot work;
 * the service's own writes learn them from Hippius's 400 instead.
 */
final class HippiusRules {

    static final int MAX_METADATA_VALUE_BYTES = 2048;
    private static final String DISCOURAGED = "\\{}^%`[]\"<>~#|";

    private HippiusRules() {
    }

    static void checkUpload(ObjectKey key, Map<String, String> metadata) {
        for (int i = 0; i < key.value().length(); i++) {
            char c = key.value().charAt(i);
            if (DISCOURAGED.indexOf(c) >= 0 || c < 0x20 || c == 0x7f) {
                throw new StoreRefused(StoreRefused.Reason.INVALID_REQUEST, "InvalidArgument",
                        "Hippius refuses object keys containing '" + (c < 0x20 || c == 0x7f ? "ASCII-" + (int) c : String.valueOf(c)) + "'");
            }
        }
        metadata.forEach((name, value) -> {
            if (value.getBytes(StandardCharsets.UTF_8).length > MAX_METADATA_VALUE_BYTES) {
                throw new StoreRefused(StoreRefused.Reason.INVALID_REQUEST, "MetadataTooLarge",
                        "Hippius refuses x-amz-meta-" + name + ": values are at most " + MAX_METADATA_VALUE_BYTES + " bytes");
            }
        });
    }
}
