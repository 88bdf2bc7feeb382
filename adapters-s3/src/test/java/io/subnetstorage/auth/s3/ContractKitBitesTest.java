package io.subnetstorage.auth.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** A kit that passes everything proves nothing: it must catch planted defects, and blame only them. */
class ContractKitBitesTest {

    private static TestExecutionSummary run(Class<?> kitRun, Set<String> failed, StringBuilder why) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(kitRun))
                // Paging does not involve the planted defects; skipping it keeps this test fast.
                .filters(TagFilter.excludeTags("bulk"))
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(f -> {
            failed.add(f.getTestIdentifier().getDisplayName());
            why.append('\n').append(f.getTestIdentifier().getDisplayName()).append(": ").append(f.getException());
        });
        return summary;
    }

    @Test
    void theKitFailsAStoreWhosePolicyIgnoresTheFolder() {
        Set<String> failed = new TreeSet<>();
        StringBuilder why = new StringBuilder();
        TestExecutionSummary summary = run(PrefixIgnoringKitRun.class, failed, why);
        assertEquals(Set.of(
                "postFormKeyTemplateNamesTheFolder()",
                "postFormRefusesKeyOutsideTheFolder()",
                "postFormRefusesAnotherMinersFolder()",
                "postFormRefusesWidenedPolicy()"), failed, why::toString);
        // The rest of the store is real and must still pass: the kit blames the defect, not everything.
        assertTrue(summary.getTestsSucceededCount() >= 20, () -> "succeeded: " + summary.getTestsSucceededCount());
        // Only the PUT-headers check skips: this store's object grants are POST forms.
        assertEquals(1, summary.getTestsAbortedCount());
    }

    /** Issue 13 item 5: a PUT-only store whose grants ignore the key they signed is caught; POST checks skip cleanly. */
    @Test
    void theKitFailsAPutOnlyStoreThatIgnoresTheKeyItSigned() {
        Set<String> failed = new TreeSet<>();
        StringBuilder why = new StringBuilder();
        TestExecutionSummary summary = run(KeyIgnoringPutKitRun.class, failed, why);
        assertTrue(failed.contains("anObjectGrantUploadsExactlyItsKeyWithItsMetadata()"), why::toString);
        assertTrue(failed.stream().noneMatch(name -> name.startsWith("postForm")), "the folder-form checks are skipped, not failed");
        assertTrue(summary.getTestsAbortedCount() >= 8, () -> "skipped: " + summary.getTestsAbortedCount());
        assertTrue(summary.getTestsSucceededCount() >= 5, "what the defect does not touch still passes");
    }
}
