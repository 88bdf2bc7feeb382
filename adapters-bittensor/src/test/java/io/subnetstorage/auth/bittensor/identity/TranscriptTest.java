package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    /** The merlin crate's own test vector (tests::equivalence_simple). */
    @Test
    void matchesMerlinReferenceVector() {
        Transcript t = Transcript.create("test protocol").append("some label", Transcript.ascii("some data"));
        assertEquals("d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615",
                HexFormat.of().formatHex(t.challengeBytes("challenge", 32)));
    }

    @Test
    void copiesAreIndependent() {
        Transcript base = Transcript.create("p");
        Transcript a = base.copy().append("x", new byte[] {1});
        Transcript b = base.copy().append("x", new byte[] {2});
        assertNotEquals(HexFormat.of().formatHex(a.challengeBytes("c", 32)), HexFormat.of().formatHex(b.challengeBytes("c", 32)));
    }

    /** Messages longer than the STROBE rate (166 bytes) cross permutation boundaries. */
    @Test
    void longMessagesAreAbsorbedAcrossBlocks() {
        byte[] big = new byte[1000];
        Transcript a = Transcript.create("p").append("m", big);
        big[999] = 1;
        Transcript b = Transcript.create("p").append("m", big);
        assertNotEquals(HexFormat.of().formatHex(a.challengeBytes("c", 200)), HexFormat.of().formatHex(b.challengeBytes("c", 200)));
    }
}
