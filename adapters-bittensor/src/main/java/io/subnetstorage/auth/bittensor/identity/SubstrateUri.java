package io.subnetstorage.auth.bittensor.identity;

import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Substrate secret URI: {@code <phrase or 0x-seed>[//hard][/soft]...[///password]}; a URI that starts
 * with a junction uses the well-known dev phrase, so {@code //Alice} is the dev account Alice.
 */
record SubstrateUri(byte[] miniSecret, List<Junction> path) {

    static final String DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    // polkadot-js keyExtractSuri: phrase, then junctions, then an optional ///password
    private static final Pattern SURI = Pattern.compile("^(\\w+(?: \\w+)*)((?://?[^/]+)*)(?:///(.*))?$");

    static SubstrateUri parse(String uri) {
        String full = uri.startsWith("/") ? DEV_PHRASE + uri : uri;
        Matcher m = SURI.matcher(full);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Substrate secret URI");
        }
        String phrase = m.group(1);
        String password = m.group(3) == null ? "" : m.group(3);
        return new SubstrateUri(miniSecret(phrase, password), Junction.parsePath(m.group(2)));
    }

    private static byte[] miniSecret(String phrase, String password) {
        if (phrase.startsWith("0x")) {
            byte[] seed = HexFormat.of().parseHex(phrase.substring(2));
            if (seed.length != 32) {
                throw new IllegalArgumentException("a hex seed has 32 bytes");
            }
            return seed;
        }
        return Bip39.miniSecret(phrase, password);
    }
}
