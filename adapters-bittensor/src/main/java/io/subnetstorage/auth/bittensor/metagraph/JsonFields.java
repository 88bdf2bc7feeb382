package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

/** Field-by-field checks for {@link MetagraphFile}; every message names the offending path. */
final class JsonFields {

    private static final Set<String> NEURON_FIELDS = Set.of(
            "uid", "hotkey", "coldkey", "validator_permit", "active", "stake_rao", "hotkey_public_key");
    private static final BigInteger MAX_STAKE = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonFields() {
    }

    static Neuron neuron(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!NEURON_FIELDS.contains(name)) {
                throw new IllegalArgumentException(where + "." + name + ": unknown field");
            }
        }
        int uid = (int) integer(node, "uid", where + ".uid", 0xFFFF);
        byte[] hotkey = account(node, "hotkey", where);
        byte[] coldkey = account(node, "coldkey", where);
        JsonNode publicKey = node.get("hotkey_public_key");
        if (publicKey != null && !publicKey.asText().equalsIgnoreCase(HexFormat.of().formatHex(hotkey))) {
            throw new IllegalArgumentException(where + ".hotkey_public_key: does not match hotkey");
        }
        return new Neuron(uid, AccountIds.hotkey(hotkey), AccountIds.coldkey(coldkey),
                bool(node, "active", where), bool(node, "validator_permit", where), stake(node, where));
    }

    static long integer(JsonNode parent, String name, String where, long max) {
        JsonNode value = parent.get(name);
        if (value == null || !value.isIntegralNumber() || value.bigIntegerValue().signum() < 0
                || value.bigIntegerValue().compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(where + ": expected an integer 0.." + max + ", got " + value);
        }
        return value.longValue();
    }

    private static byte[] account(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + "." + name + ": expected an SS58 address string");
        }
        try {
            return AccountIds.accountId(value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean bool(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException(where + "." + name + ": expected true or false, got " + value);
        }
        return value.booleanValue();
    }

    /** Rao as a decimal string (what fixtures.js prints, safe beyond 2^53) or a JSON integer. */
    private static long stake(JsonNode node, String where) {
        JsonNode value = node.get("stake_rao");
        BigInteger rao = null;
        if (value != null && value.isIntegralNumber()) {
            rao = value.bigIntegerValue();
        } else if (value != null && value.isTextual() && value.asText().matches("[0-9]{1,19}")) {
            rao = new BigInteger(value.asText());
        }
        if (rao == null || rao.signum() < 0 || rao.compareTo(MAX_STAKE) > 0) {
            throw new IllegalArgumentException(where + ".stake_rao: expected a rao amount 0.." + MAX_STAKE
                    + " as a string or integer, got " + value);
        }
        return rao.longValueExact();
    }
}
