package io.subnetstorage.auth.bittensor.metagraph;

import java.util.HexFormat;

/** The {@code 0x}-prefixed lower-case hex that Substrate JSON-RPC uses for every byte string. */
final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    static String encode(byte[] bytes) {
        return "0x" + FORMAT.formatHex(bytes);
    }

    static byte[] decode(String text) {
        if (text == null || !text.startsWith("0x") || text.length() % 2 != 0) {
            throw new ScaleException("not 0x-prefixed even-length hex: " + abbreviate(text));
        }
        try {
            return FORMAT.parseHex(text, 2, text.length());
        } catch (IllegalArgumentException e) {
            throw new ScaleException("not hex: " + abbreviate(text));
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 24 ? String.valueOf(text) : text.substring(0, 24) + "...";
    }
}
