package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;

/**
 * Where a receipt is kept beside the data and what it holds: {@code attribution/hotkey={hotkey}/{rest of the
 * key}.json}, outside {@code data/} so that listings of miners' folders are unchanged (SPEC §9), holding the
 * receipt as a JSON object with the contract's field names.
 */
public final class AttributionSidecar {

    public static final String ROOT = "attribution/hotkey=";

    private AttributionSidecar() {
    }

    /** The sidecar of a file inside its miner's folder ({@link AttributionInFolder} has checked that). */
    public static ObjectKey keyOf(Attribution attribution) {
        String folder = FolderPrefix.ofMiner(attribution.hotkey()).value();
        String key = attribution.file().value();
        if (!key.startsWith(folder)) {
            throw new IllegalArgumentException("the file is outside its miner's folder");
        }
        return new ObjectKey(ROOT + attribution.hotkey().value() + "/" + key.substring(folder.length()) + ".json");
    }

    public static byte[] json(AttributionReceipt receipt) {
        String json = "{\"message\":" + quote(receipt.message())
                + ",\"signature\":" + quote(receipt.signature().hex())
                + ",\"etag\":" + quote(receipt.etag())
                + ",\"registered_at\":" + receipt.registeredAt()
                + ",\"service_key\":" + quote(receipt.serviceKey())
                + ",\"service_signature\":" + quote(receipt.serviceSignature().hex()) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
