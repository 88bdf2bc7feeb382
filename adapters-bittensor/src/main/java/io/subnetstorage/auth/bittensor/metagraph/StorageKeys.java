package io.subnetstorage.auth.bittensor.metagraph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Storage keys of the {@code SubtensorModule} maps the fallback reads: twox128(pallet) ++ twox128(item)
 * ++ each map key through its declared hasher (netuid and uid are {@code Identity}, account ids
 * {@code Blake2_128Concat}, as in pallets/subtensor/src/lib.rs).
 */
final class StorageKeys {

    private static final byte[] PALLET = twox128("SubtensorModule");

    private StorageKeys() {
    }

    static String subnetworkN(int netuid) {
        return key("SubnetworkN", u16(netuid));
    }

    static String validatorPermit(int netuid) {
        return key("ValidatorPermit", u16(netuid));
    }

    static String active(int netuid) {
        return key("Active", u16(netuid));
    }

    static String keys(int netuid, int uid) {
        return key("Keys", u16(netuid), u16(uid));
    }

    static String uids(int netuid, byte[] hotkey) {
        return key("Uids", u16(netuid), blake2128Concat(hotkey));
    }

    static String owner(byte[] hotkey) {
        return key("Owner", blake2128Concat(hotkey));
    }

    static String totalHotkeyAlpha(byte[] hotkey, int netuid) {
        return key("TotalHotkeyAlpha", blake2128Concat(hotkey), u16(netuid));
    }

    static byte[] twox128(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[16];
        for (int half = 0; half < 2; half++) {
            long h = XxHash64.hash(data, half);
            for (int i = 0; i < 8; i++) {
                out[half * 8 + i] = (byte) (h >>> (8 * i));
            }
        }
        return out;
    }

    static byte[] blake2128Concat(byte[] data) {
        Blake2bDigest digest = new Blake2bDigest(128);
        digest.update(data, 0, data.length);
        byte[] out = new byte[16 + data.length];
        digest.doFinal(out, 0);
        System.arraycopy(data, 0, out, 16, data.length);
        return out;
    }

    private static byte[] u16(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8)};
    }

    private static String key(String item, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PALLET);
        out.writeBytes(twox128(item));
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return Hex.encode(out.toByteArray());
    }
}
