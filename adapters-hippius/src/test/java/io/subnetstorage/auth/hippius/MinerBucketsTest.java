package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;

/** Per-miner bucket names (SPEC §8), checked against vectors computed outside this code. Offline. */
class MinerBucketsTest {

    static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    /** The well-known public key of {@code //Alice} (polkadot-js, subkey). */
    static final String ALICE_PUBLIC_KEY = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

    private final MinerBuckets names = new MinerBuckets("sn46", Fixtures.SALT);

    /**
     * Computed with Python's hashlib, not with this code: {@code "sn46-" + base64.b32encode(hashlib.blake2b(salt +
     * public_key, digest_size=32).digest()).decode().lower()[:20]}.
     */
    @Test
    void namesMatchVectorsComputedWithPython() {
        assertEquals("sn46-336xnhfp5sveumpmehpy", names.of(ALICE).value());
        assertEquals("sn46-oalnn7t5ox3k2ofhzbgn", names.of(BOB).value());
    }

    /** The spec's recipe step by step, with Bouncy Castle and a base32 written differently (bits of a BigInteger). */
    @Test
    void namesFollowTheSpecRecipe() {
        byte[] publicKey = HexFormat.of().parseHex(ALICE_PUBLIC_KEY);
        byte[] salt = Fixtures.SALT.getBytes(StandardCharsets.UTF_8);
        Blake2bDigest blake = new Blake2bDigest(256);
        blake.update(salt, 0, salt.length);
        blake.update(publicKey, 0, publicKey.length);
        byte[] digest = new byte[32];
        blake.doFinal(digest, 0);
        String bits = String.format("%256s", new BigInteger(1, digest).toString(2)).replace(' ', '0');
        StringBuilder base32 = new StringBuilder();
        for (int i = 0; i < 100; i += 5) {
            base32.append("abcdefghijklmnopqrstuvwxyz234567".charAt(Integer.parseInt(bits.substring(i, i + 5), 2)));
        }
        assertEquals("sn46-" + base32, names.of(ALICE).value());
    }

    @Test
    void blake2bOf256BitsIsTheStandardOne() {
        Blake2bDigest blake = new Blake2bDigest(256);
        blake.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
        byte[] digest = new byte[32];
        blake.doFinal(digest, 0);
        assertEquals("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319", HexFormat.of().formatHex(digest),
                "RFC 7693 BLAKE2b-256 of \"abc\"");
    }

    @Test
    void theSaltDecidesTheNameAndTheShapeIsABucketName() {
        String other = new MinerBuckets("sn46", Fixtures.SALT + "!").of(ALICE).value();
        assertNotEquals(names.of(ALICE).value(), other, "without the salt nobody can compute a miner's bucket");
        assertEquals(names.of(ALICE), names.of(ALICE), "the same miner always gets the same bucket");
        assertTrue(names.of(ALICE).value().matches("sn46-[a-z2-7]{20}"));
        assertTrue(new MinerBuckets("sn428.data", Fixtures.SALT).of(BOB).value().startsWith("sn428.data-"));
    }

    @Test
    void ss58DecodingGivesThePublicKeyAndChecksTheChecksum() {
        assertArrayEquals(HexFormat.of().parseHex(ALICE_PUBLIC_KEY), Ss58PublicKey.of(ALICE));
        String alice = ALICE.value();
        Hotkey corrupted = Hotkey.of(alice.substring(0, alice.length() - 1) + (alice.endsWith("Y") ? "Z" : "Y"));
        assertThrows(IllegalArgumentException.class, () -> Ss58PublicKey.of(corrupted));
    }

    @Test
    void base32IsRfc4648WithoutPadding() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"}, {"fooba", "MZXW6YTB"},
            {"foobar", "MZXW6YTBOI"}};
        for (String[] vector : vectors) {
            assertEquals(vector[1], MinerBuckets.base32(vector[0].getBytes(StandardCharsets.US_ASCII)), vector[0]);
        }
    }
}
