package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NeuronInfoLiteDecoderTest {

    private static final Fixture SUBNET = Fixture.load("subnet-256");

    @Test
    void decodesEveryNeuronAsPolkadotJsSeesIt() {
        List<Neuron> neurons = NeuronInfoLiteDecoder.decode(SUBNET.scale(), 46);

        assertEquals(256, neurons.size());
        assertEquals(SUBNET.neurons().size(), neurons.size());
        for (int i = 0; i < neurons.size(); i++) {
            JsonNode expected = SUBNET.neurons().get(i);
            Neuron actual = neurons.get(i);
            assertEquals(expected.get("uid").asInt(), actual.uid());
            assertEquals(expected.get("hotkey").asText(), actual.hotkey().value());
            assertEquals(expected.get("coldkey").asText(), actual.coldkey().value());
            assertEquals(expected.get("validator_permit").asBoolean(), actual.validatorPermit(), "permit of uid " + i);
            assertEquals(expected.get("active").asBoolean(), actual.active(), "active of uid " + i);
            assertEquals(Long.parseLong(expected.get("stake_rao").asText()), actual.stakeRao(), "stake of uid " + i);
        }
    }

    @Test
    void edgeCasesSurviveDecoding() {
        Map<Integer, Neuron> byUid = NeuronInfoLiteDecoder.decode(SUBNET.scale(), 46).stream()
                .collect(Collectors.toMap(Neuron::uid, Function.identity()));

        Neuron threshold = byUid.get(4);
        assertTrue(threshold.validatorPermit());
        assertEquals(20_000L * 1_000_000_000L, threshold.stakeRao());
        Neuron permitWithoutStake = byUid.get(5);
        assertTrue(permitWithoutStake.validatorPermit());
        assertEquals(0, permitWithoutStake.stakeRao());
        assertEquals(false, byUid.get(6).active());
        assertEquals(9_000_000_000_000_000_000L, byUid.get(7).stakeRao(), "8-byte big-integer compact");
    }

    @Test
    void reEncodingTheDecodedNeuronsGivesBackTheSameBytes() {
        for (String name : List.of("subnet-256", "small-before", "small-after")) {
            Fixture fixture = Fixture.load(name);
            List<Neuron> neurons = NeuronInfoLiteDecoder.decode(fixture.scale(), fixture.netuid());
            assertArrayEquals(fixture.scale(), NeuronInfoLiteEncoder.encode(fixture.netuid(), neurons), name);
        }
    }

    @Test
    void everyTruncationIsAnError() {
        byte[] scale = Fixture.load("small-before").scale();
        for (int length = 0; length < scale.length; length++) {
            byte[] cut = Arrays.copyOf(scale, length);
            assertThrows(ScaleException.class, () -> NeuronInfoLiteDecoder.decode(cut, 46), "length " + length);
        }
    }

    @Test
    void trailingBytesAreAnError() {
        byte[] scale = Arrays.copyOf(SUBNET.scale(), SUBNET.scale().length + 1);
        ScaleException e = assertThrows(ScaleException.class, () -> NeuronInfoLiteDecoder.decode(scale, 46));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
    }

    @Test
    void neuronsOfAnotherSubnetAreRefused() {
        assertThrows(ScaleException.class, () -> NeuronInfoLiteDecoder.decode(SUBNET.scale(), 428));
    }

    @Test
    void emptyVecIsAnEmptySubnet() {
        assertEquals(List.of(), NeuronInfoLiteDecoder.decode(new byte[] {0}, 46));
    }

    @Test
    void stakeIsTheSumOfAllEntries() {
        Neuron one = NeuronInfoLiteDecoder.decode(SUBNET.scale(), 46).get(0);
        byte[] scale = NeuronInfoLiteEncoder.encodeWithStakes(46, one, List.of(7L, 1L << 40, 3_000_000_000L));

        assertEquals(7L + (1L << 40) + 3_000_000_000L, NeuronInfoLiteDecoder.decode(scale, 46).get(0).stakeRao());
    }

    @Test
    void stakeThatOverflowsIsAnErrorNotAWrappedNumber() {
        Neuron one = NeuronInfoLiteDecoder.decode(SUBNET.scale(), 46).get(0);
        byte[] scale = NeuronInfoLiteEncoder.encodeWithStakes(46, one, List.of(Long.MAX_VALUE, 1L));

        assertThrows(ScaleException.class, () -> NeuronInfoLiteDecoder.decode(scale, 46));
    }

    @Test
    void aHugeVecLengthIsRefusedBeforeAllocating() {
        NeuronInfoLiteEncoder header = new NeuronInfoLiteEncoder();
        header.compact(1L << 40);
        ScaleException e = assertThrows(ScaleException.class, () -> NeuronInfoLiteDecoder.decode(header.bytes(), 46));
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }
}
