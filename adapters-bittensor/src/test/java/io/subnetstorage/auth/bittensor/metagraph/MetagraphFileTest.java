package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetagraphFileTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    private static final String ALICE_STASH = "5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY";
    private static final String NEURON = "{\"uid\":0,\"hotkey\":\"" + ALICE + "\",\"coldkey\":\"" + ALICE_STASH
            + "\",\"validator_permit\":false,\"active\":true,\"stake_rao\":\"12000000000\"}";

    static MetagraphSnapshot read(String json) {
        return MetagraphFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), NOW);
    }

    @Test
    void readsTheSpecExample() {
        MetagraphSnapshot snapshot = read("{\"netuid\":46,\"neurons\":[" + NEURON + "]}");

        assertEquals(46, snapshot.netuid());
        assertEquals(0, snapshot.block());
        assertEquals(NOW, snapshot.syncedAt());
        Neuron alice = snapshot.find(Hotkey.of(ALICE)).orElseThrow();
        assertEquals(ALICE_STASH, alice.coldkey().value());
        assertEquals(12_000_000_000L, alice.stakeRao());
        assertFalse(alice.validatorPermit());
        assertTrue(alice.active());
    }

    @Test
    void readsFixturesJsOutputAsIsAndAgreesWithTheScaleDecoder() {
        Fixture fixture = Fixture.load("subnet-256");
        MetagraphSnapshot snapshot = MetagraphFile.read(fixture.asMetagraphFile(), NOW);

        assertEquals(List.copyOf(snapshot.neurons()), NeuronInfoLiteDecoder.decode(fixture.scale(), 46));
    }

    @Test
    void stakeMayBeANumber() {
        String json = "{\"netuid\":46,\"neurons\":[" + NEURON.replace("\"12000000000\"", "12000000000") + "]}";
        assertEquals(12_000_000_000L, read(json).find(Hotkey.of(ALICE)).orElseThrow().stakeRao());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json|{\"netuid\":46,|not valid JSON",
        "trailing tokens|{\"netuid\":46,\"neurons\":[]} {}|not valid JSON",
        "netuid missing|{\"neurons\":[]}|netuid",
        "netuid too big|{\"netuid\":70000,\"neurons\":[]}|netuid",
        "neurons not array|{\"netuid\":46,\"neurons\":{}}|neurons",
        "unknown field|{\"netuid\":46,\"neurons\":[NEURON_validatorPermit]}|neurons[0].validatorPermit: unknown field",
        "missing permit|{\"netuid\":46,\"neurons\":[NEURON_nopermit]}|neurons[0].validator_permit",
        "bad checksum|{\"netuid\":46,\"neurons\":[NEURON_badsum]}|neurons[0].hotkey",
        "negative stake|{\"netuid\":46,\"neurons\":[NEURON_negative]}|neurons[0].stake_rao",
        "fractional stake|{\"netuid\":46,\"neurons\":[NEURON_fraction]}|neurons[0].stake_rao",
        "stake beyond a long|{\"netuid\":46,\"neurons\":[NEURON_huge]}|neurons[0].stake_rao",
        "duplicate hotkey|{\"netuid\":46,\"neurons\":[NEURON,NEURON_uid1]}|appears twice",
        "duplicate key|{\"netuid\":46,\"netuid\":47,\"neurons\":[]}|not valid JSON",
    })
    void malformedFilesAreRefusedWithAMessageSayingWhere(String name, String json, String expected) {
        String body = json
                .replace("NEURON_validatorPermit", NEURON.replace("\"validator_permit\"", "\"validatorPermit\""))
                .replace("NEURON_nopermit", NEURON.replace("\"validator_permit\":false,", ""))
                .replace("NEURON_badsum", NEURON.replace(ALICE, ALICE.substring(0, 47) + "R"))
                .replace("NEURON_negative", NEURON.replace("\"12000000000\"", "\"-1\""))
                .replace("NEURON_fraction", NEURON.replace("\"12000000000\"", "1.5"))
                .replace("NEURON_huge", NEURON.replace("\"12000000000\"", "\"9223372036854775808\""))
                .replace("NEURON_uid1", NEURON.replace("\"uid\":0", "\"uid\":1"))
                .replace("NEURON", NEURON);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(body));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
