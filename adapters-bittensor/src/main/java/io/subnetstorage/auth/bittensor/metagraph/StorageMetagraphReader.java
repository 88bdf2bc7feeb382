package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the neurons from {@code SubtensorModule} storage, for nodes whose runtime API call fails.
 * All reads are pinned to one block hash so the maps agree. A storage value equal to its default is
 * absent on the wire (null), so a missing count, permit list or stake means zero/none; a missing key
 * or owner for a counted uid is an error. {@code Active} absent is taken as all active (the domain does
 * not decide on it), which is one reason this path reports degraded.
 */
final class StorageMetagraphReader {

    private static final int BATCH = 128;

    private StorageMetagraphReader() {
    }

    static List<Neuron> read(JsonRpcClient rpc, int netuid, String blockHash) {
        int n = value(rpc, StorageKeys.subnetworkN(netuid), blockHash, 0, ScaleReader::u16);
        boolean[] permits = bools(rpc, StorageKeys.validatorPermit(netuid), blockHash, n, false);
        boolean[] active = bools(rpc, StorageKeys.active(netuid), blockHash, n, true);
        List<String> keyKeys = new ArrayList<>(n);
        for (int uid = 0; uid < n; uid++) {
            keyKeys.add(StorageKeys.keys(netuid, uid));
        }
        List<byte[]> hotkeys = required(get(rpc, keyKeys, blockHash), keyKeys, "Keys");
        List<String> perHotkey = new ArrayList<>(3 * n);
        for (byte[] hotkey : hotkeys) {
            perHotkey.add(StorageKeys.owner(hotkey));
            perHotkey.add(StorageKeys.totalHotkeyAlpha(hotkey, netuid));
            perHotkey.add(StorageKeys.uids(netuid, hotkey));
        }
        List<JsonNode> values = get(rpc, perHotkey, blockHash);
        List<Neuron> neurons = new ArrayList<>(n);
        for (int uid = 0; uid < n; uid++) {
            byte[] owner = account(values.get(3 * uid), "Owner of uid " + uid);
            long stake = decode(values.get(3 * uid + 1), 0L, ScaleReader::u64);
            int mappedUid = decode(values.get(3 * uid + 2), -1, ScaleReader::u16);
            if (mappedUid != uid) {
                throw new ScaleException("Uids maps the hotkey of uid " + uid + " to " + mappedUid);
            }
            neurons.add(new Neuron(uid, AccountIds.hotkey(hotkeys.get(uid)), AccountIds.coldkey(owner),
                    active[uid], permits[uid], stake));
        }
        return neurons;
    }

    private static List<JsonNode> get(JsonRpcClient rpc, List<String> keys, String blockHash) {
        List<JsonNode> out = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<List<Object>> params = new ArrayList<>();
            for (String key : keys.subList(from, Math.min(keys.size(), from + BATCH))) {
                params.add(List.of(key, blockHash));
            }
            out.addAll(rpc.batch("state_getStorage", params));
        }
        return out;
    }

    private static List<byte[]> required(List<JsonNode> values, List<String> keys, String item) {
        List<byte[]> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(account(values.get(i), item + " " + keys.get(i)));
        }
        return out;
    }

    private static byte[] account(JsonNode value, String what) {
        if (value == null || value.isNull()) {
            throw new ScaleException(what + " is missing from storage");
        }
        return decode(value, null, in -> in.bytes(32));
    }

    private static boolean[] bools(JsonRpcClient rpc, String key, String blockHash, int n, boolean absent) {
        boolean[] defaults = new boolean[n];
        Arrays.fill(defaults, absent);
        return value(rpc, key, blockHash, defaults, in -> {
            if (in.length(1) != n) {
                throw new ScaleException("a per-uid list of " + n + " expected at " + key);
            }
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                out[i] = in.bool();
            }
            return out;
        });
    }

    private static <T> T value(JsonRpcClient rpc, String key, String blockHash, T absent, Field<T> field) {
        return decode(rpc.call("state_getStorage", key, blockHash), absent, field);
    }

    /** Decodes a whole storage value; absent (null) gives the pallet's default. */
    private static <T> T decode(JsonNode value, T absent, Field<T> field) {
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isTextual()) {
            throw new ScaleException("storage value is not a hex string: " + value);
        }
        ScaleReader in = new ScaleReader(Hex.decode(value.asText()));
        T decoded = field.read(in);
        in.expectEnd();
        return decoded;
    }

    @FunctionalInterface
    private interface Field<T> {
        T read(ScaleReader in);
    }
}
