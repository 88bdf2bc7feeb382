package io.subnetstorage.auth.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.storage.contract.KitRuns;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** A kit that passes everything proves nothing: it must catch planted defects, and blame only them. */
class ContractKitBitesTest {

    /** Paging does not involve the planted defects; skipping it keeps this test fast. */
    private static final String BULK = "bulk";

    @Test
    void theKitFailsAStoreWhosePolicyIgnoresTheFolder() {
        KitRuns.Outcome run = KitRuns.run(PrefixIgnoringKitRun.class, BULK);
        TestExecutionSummary summary = run.summary();
        assertEquals(Set.of(
                "postFormKeyTemplateNamesTheFolder()",
                "postFormRefusesKeyOutsideTheFolder()",
                "postFormRefusesAnotherMinersFolder()",
                "postFormRefusesWidenedPolicy()"), run.failed(), run::why);
        // The rest of the store is real and must still pass: the kit blames the defect, not everything.
        assertTrue(summary.getTestsSucceededCount() >= 20, () -> "succeeded: " + summary.getTestsSucceededCount());
        // Skipped: the PUT-headers check (this store's object grants are POST forms) and the four batch-write
        // checks (S3 is not written in batches).
        assertEquals(1 + 4, summary.getTestsAbortedCount());
    }

    /** Issue 13 item 5: a PUT-only store whose grants ignore the key they signed is caught; POST checks skip cleanly. */
    @Test
    void theKitFailsAPutOnlyStoreThatIgnoresTheKeyItSigned() {
        KitRuns.Outcome run = KitRuns.run(KeyIgnoringPutKitRun.class, BULK);
        TestExecutionSummary summary = run.summary();
        assertTrue(run.failed().contains("anObjectGrantUploadsExactlyItsKeyWithItsMetadata()"), run::why);
        assertTrue(run.failed().stream().noneMatch(name -> name.startsWith("postForm")), "the folder-form checks are skipped, not failed");
        assertTrue(summary.getTestsAbortedCount() >= 8, () -> "skipped: " + summary.getTestsAbortedCount());
        assertTrue(summary.getTestsSucceededCount() >= 5, "what the defect does not touch still passes");
    }
}
