package io.subnetstorage.auth.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorCommitmentTest {

    private static final String ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    @Test
    void anOperatorCommitmentNamesTheActionTheTargetAndTheTime() {
        Commitment revoke = Commitment.operator("revoke", ALICE, 1682345678);

        assertEquals("s3:operator:revoke:" + ALICE + ":1682345678", revoke.text());
        assertEquals(CommitmentKind.OPERATOR, revoke.kind());
        assertEquals(1682345678, revoke.timestamp());
        assertEquals("s3:operator:{action}:{target}:{timestamp}", CommitmentKind.OPERATOR.format());
    }

    @Test
    void anAccessKeyIdIsATargetToo() {
        assertEquals("s3:operator:grants-by-key:AKIAEXAMPLE:5", Commitment.operator("grants-by-key", "AKIAEXAMPLE", 5).text());
    }

    @Test
    void parsingRoundTripsAndRefusesNearMisses() {
        Commitment commitment = Commitment.operator("reinstate", ALICE, 9);
        assertEquals(Optional.of(commitment), Commitment.parse(commitment.text()));
        assertTrue(Commitment.parse("s3:operator:Revoke:" + ALICE + ":9").isEmpty());
        assertTrue(Commitment.parse("s3:operator:revoke:" + ALICE).isEmpty());
        assertTrue(Commitment.parse("s3:operator:revoke::9").isEmpty());
        assertTrue(Commitment.parse("s3:operator:revoke:a b:9").isEmpty());
    }

    @Test
    void aColonCannotSmuggleAnotherTargetIntoTheText() {
        assertThrows(IllegalArgumentException.class, () -> Commitment.operator("revoke", ALICE + ":other", 1));
        assertThrows(IllegalArgumentException.class, () -> Commitment.operator("re:voke", ALICE, 1));
        assertThrows(IllegalArgumentException.class, () -> Commitment.operator("revoke", "", 1));
        assertThrows(IllegalArgumentException.class, () -> Commitment.operator(null, ALICE, 1));
    }
}
