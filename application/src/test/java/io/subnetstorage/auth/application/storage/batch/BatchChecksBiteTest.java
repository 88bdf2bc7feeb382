package io.subnetstorage.auth.application.storage.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.storage.contract.KitRuns;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit's batch checks pass a content-addressed store and catch one that overwrites, blaming only that. */
class BatchChecksBiteTest {

    @Test
    void aStoreThatKeepsWhatItHoldsPassesWhatItDeclares() {
        KitRuns.Outcome run = KitRuns.run(HonestBatchKitRun.class);
        assertEquals(Set.of(), run.failed(), run::why);
        // Identity, layout, unreachable, health and the four batch checks; the rest is not declared and skips.
        assertTrue(run.summary().getTestsSucceededCount() >= 8, () -> "succeeded: " + run.summary().getTestsSucceededCount());
    }

    @Test
    void aStoreThatOverwritesOtherBytesIsCaught() {
        KitRuns.Outcome run = KitRuns.run(OverwritingBatchKitRun.class);
        assertEquals(Set.of("theSameBytesAgainAreAlreadyPresentAndOtherBytesAConflictThatKeepsTheOriginal()"), run.failed(),
                run::why);
        assertTrue(run.why().contains("CONFLICT"), run::why);
    }
}
