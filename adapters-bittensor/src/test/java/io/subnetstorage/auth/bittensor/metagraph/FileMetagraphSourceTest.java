package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.HotkeyRegistered;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMetagraphSourceTest {

    /** The development metagraph the bootstrap module packages (its keys come from address.js). */
    private static final Path DEV_FILE = Path.of("../bootstrap/src/main/resources/metagraph/dev-metagraph.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    private static final Hotkey CHARLIE = Hotkey.of("5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y");
    private static final Hotkey DAVE = Hotkey.of("5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy");
    private static final Hotkey EVE = Hotkey.of("5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw");

    @Test
    void devMetagraphGivesTheDocumentedRoles() {
        FileMetagraphSource source = new FileMetagraphSource(DEV_FILE, CLOCK);
        MetagraphSnapshot dev = source.current().orElseThrow();
        ValidatorHasPermitAndStake validator = ValidatorHasPermitAndStake.ofAlpha(20_000);
        HotkeyRegistered miner = new HotkeyRegistered();

        assertEquals(46, dev.netuid());
        assertTrue(miner.check(dev, ALICE).allowed());
        assertTrue(miner.check(dev, CHARLIE).allowed());
        assertEquals(ReasonCode.NO_VALIDATOR_PERMIT, validator.check(dev, ALICE).reason().orElseThrow());
        assertTrue(validator.check(dev, BOB).allowed());
        assertEquals(25_000L * ValidatorHasPermitAndStake.RAO_PER_ALPHA, dev.find(BOB).orElseThrow().stakeRao());
        assertEquals(ReasonCode.STAKE_AT_OR_BELOW_THRESHOLD, validator.check(dev, DAVE).reason().orElseThrow());
        assertFalse(miner.check(dev, EVE).allowed());
        assertEquals("5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY", dev.find(ALICE).orElseThrow().coldkey().value());
    }

    @Test
    void statusIsAHealthyFileSourceStampedAtLoad() {
        FileMetagraphSource source = new FileMetagraphSource(DEV_FILE, CLOCK);

        assertEquals(MetagraphStatus.healthy("file", CLOCK.instant()), source.status());
        assertEquals(CLOCK.instant(), source.current().orElseThrow().syncedAt());
    }

    @Test
    void loadsFromTheClasspath() {
        FileMetagraphSource source = FileMetagraphSource.fromClasspath(
                "metagraph/small-before.fixture.json", getClass().getClassLoader(), CLOCK);

        assertEquals(3, source.current().orElseThrow().size());
        assertThrows(IllegalArgumentException.class,
                () -> FileMetagraphSource.fromClasspath("metagraph/none.json", getClass().getClassLoader(), CLOCK));
    }

    @Test
    void aBrokenFileNamesThePath(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("m.json"), "{\"netuid\":46,\"neurons\":[{\"uid\":0}]}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FileMetagraphSource(broken, CLOCK));
        assertTrue(e.getMessage().startsWith(broken.toString()) && e.getMessage().contains("neurons[0]"), e.getMessage());
    }
}
