package io.subnetstorage.auth.domain.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    private static final Coldkey STASH = Coldkey.of("5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY");

    @Test
    void everyCommitmentIsByteExactWithWhatDeployedClientsSign() {
        assertEquals("s3:data:access:" + STASH + ":" + ALICE + ":1682345678", Commitment.minerFolderAccess(STASH, ALICE, 1682345678).text());
        assertEquals("s3:validator:access:1682345678", Commitment.validatorAccess(1682345678).text());
        assertEquals("s3:validator:miner:" + ALICE + ":1682345678", Commitment.validatorMiner(ALICE, 1682345678).text());
        assertEquals("s3:validator:folders:" + BOB + ":1682345678", Commitment.validatorFolders(BOB, 1682345678).text());
        assertEquals("s3:validator:files:" + ALICE + ":" + BOB + ":1682345678", Commitment.validatorFiles(ALICE, BOB, 1682345678).text());
        assertEquals("s3:attribution:register:" + ALICE + ":1682345678", Commitment.attributionRegister(ALICE, 1682345678).text());
        assertEquals("s3:validator:verify:" + ALICE + ":1682345678", Commitment.validatorVerify(ALICE, 1682345678).text());
        assertArrayEquals("s3:validator:access:7".getBytes(StandardCharsets.UTF_8), Commitment.validatorAccess(7).bytes());
    }

    @Test
    void thePublishedFormatsAreTheDeployedOnes() {
        assertEquals("s3:data:access:{coldkey}:{hotkey}:{timestamp}", CommitmentKind.MINER_FOLDER_ACCESS.format());
        assertEquals("s3:validator:access:{timestamp}", CommitmentKind.VALIDATOR_ACCESS.format());
        assertEquals("s3:validator:miner:{miner_hotkey}:{timestamp}", CommitmentKind.VALIDATOR_MINER.format());
    }

    @Test
    void parsingRecognisesEachKindAndRoundTrips() {
        for (Commitment commitment : new Commitment[] {Commitment.minerFolderAccess(STASH, ALICE, 5), Commitment.validatorAccess(6),
                Commitment.validatorMiner(ALICE, 7), Commitment.validatorFolders(BOB, 8), Commitment.validatorFiles(ALICE, BOB, 9),
                Commitment.attributionRegister(ALICE, 10), Commitment.validatorVerify(BOB, 11)}) {
            assertEquals(Optional.of(commitment), Commitment.parse(commitment.text()));
        }
        assertEquals(9, Commitment.parse("s3:validator:files:" + ALICE + ":" + BOB + ":9").orElseThrow().timestamp());
    }

    @Test
    void parsingRefusesNearMisses() {
        assertTrue(Commitment.parse("s3:validator:access:").isEmpty());
        assertTrue(Commitment.parse("s3:validator:access:12x").isEmpty());
        assertTrue(Commitment.parse("s3:validator:access:1:2").isEmpty());
        assertTrue(Commitment.parse("s3:data:access:" + ALICE + ":1").isEmpty());
        assertTrue(Commitment.parse("s3:validator:miner:not-an-address:1").isEmpty());
        assertTrue(Commitment.parse(null).isEmpty());
    }
}
