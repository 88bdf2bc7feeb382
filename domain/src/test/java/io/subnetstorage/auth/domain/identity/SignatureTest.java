package io.subnetstorage.auth.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignatureTest {

    private static final String HEX = "ab".repeat(64);

    @Test
    void hexWithOrWithoutPrefixGivesTheSameSignature() {
        assertEquals(Signature.fromHex(HEX), Signature.fromHex("0x" + HEX));
        assertEquals(HEX, Signature.fromHex(HEX.toUpperCase()).hex());
    }

    @Test
    void shortLongAndNonHexSignaturesAreMalformed() {
        assertThrows(MalformedIdentity.class, () -> Signature.fromHex(HEX.substring(2)));
        assertThrows(MalformedIdentity.class, () -> Signature.fromHex(HEX + "00"));
        assertThrows(MalformedIdentity.class, () -> Signature.fromHex("zz" + HEX.substring(2)));
        assertThrows(MalformedIdentity.class, () -> Signature.fromHex(null));
        assertThrows(MalformedIdentity.class, () -> Signature.of(new byte[63]));
    }

    @Test
    void addressesOutsideTheBase58AlphabetAreMalformed() {
        assertThrows(MalformedIdentity.class, () -> new Ss58Address("0GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"));
        assertThrows(MalformedIdentity.class, () -> new Ss58Address("5Grwva"));
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
                new Ss58Address("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY").value());
    }
}
