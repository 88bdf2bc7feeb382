package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorageKeysTest {

    @Test
    void xxHash64ReferenceVectors() {
        assertEquals(0xEF46DB3751D8E999L, XxHash64.hash(new byte[0], 0));
        assertEquals(0xD24EC4F1A98C6E5BL, XxHash64.hash("a".getBytes(StandardCharsets.US_ASCII), 0));
        assertEquals(0x44BC2CF5AD770999L, XxHash64.hash("abc".getBytes(StandardCharsets.US_ASCII), 0));
        byte[] long43 = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0B242D361FDA71BCL, XxHash64.hash(long43, 0));
    }

    @Test
    void twox128MatchesSubstrate() {
        // twox128("System") and twox128("Account"): the prefix of every System.Account key.
        assertEquals("26aa394eea5630e07c48ae0c9558cef7", HexFormat.of().formatHex(StorageKeys.twox128("System")));
        assertEquals("b99d880ec681799c0cf30e8886371da9", HexFormat.of().formatHex(StorageKeys.twox128("Account")));
    }

    @Test
    void producesExactlyTheKeysPolkadotJsWrote() {
        Fixture fixture = Fixture.load("subnet-256");
        int netuid = fixture.netuid();
        Set<String> ours = new HashSet<>();
        ours.add(StorageKeys.subnetworkN(netuid));
        ours.add(StorageKeys.validatorPermit(netuid));
        for (JsonNode neuron : fixture.neurons()) {
            byte[] hotkey = HexFormat.of().parseHex(neuron.get("hotkey_public_key").asText());
            ours.add(StorageKeys.keys(netuid, neuron.get("uid").asInt()));
            ours.add(StorageKeys.uids(netuid, hotkey));
            ours.add(StorageKeys.owner(hotkey));
            ours.add(StorageKeys.totalHotkeyAlpha(hotkey, netuid));
        }

        assertEquals(fixture.storage().keySet(), ours);
    }
}
