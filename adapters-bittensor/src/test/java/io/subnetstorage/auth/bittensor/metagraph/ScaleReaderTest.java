package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ScaleReaderTest {

    private static ScaleReader reader(String hex) {
        return new ScaleReader(HexFormat.of().parseHex(hex));
    }

    @Test
    void compactModesFromTheScaleSpec() {
        assertEquals(0, reader("00").compact());
        assertEquals(1, reader("04").compact());
        assertEquals(42, reader("a8").compact());
        assertEquals(69, reader("1501").compact());
        assertEquals(65535, reader("feff0300").compact());
        assertEquals(1L << 30, reader("0300000040").compact());
        assertEquals(100_000_000_000_000L, reader("0b00407a10f35a").compact());
    }

    @Test
    void nonCanonicalCompactsAreRefused() {
        assertThrows(ScaleException.class, () -> reader("0100").compact(), "1 in two bytes");
        assertThrows(ScaleException.class, () -> reader("02000000").compact(), "0 in four bytes");
        assertThrows(ScaleException.class, () -> reader("03ffffff3f").compact(), "below 2^30 in big mode");
        assertThrows(ScaleException.class, () -> reader("070000004000").compact(), "leading zero byte");
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(ScaleException.class, () -> reader("02000400").compactU16(), "65536 as Compact<u16>");
        assertThrows(ScaleException.class, () -> reader("02").bool());
        assertThrows(ScaleException.class, () -> reader("ffffffffffffffff").u64(), "u64 beyond a long");
        assertThrows(ScaleException.class, () -> reader("17ffffffffffffffffff").compact(), "9-byte compact");
    }

    @Test
    void littleEndianIntegers() {
        ScaleReader in = reader("2e00" + "78563412" + "0100000000000000");
        assertEquals(46, in.u16());
        assertEquals(0x12345678L, in.u32());
        assertEquals(1L, in.u64());
        in.expectEnd();
    }
}
