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

/** A kit that passes everything proves nothing: it must catch a store that ignores the folder. */
class ContractKitBitesTest {

    @Test
    void theKitFailsAStoreWhosePolicyIgnoresTheFolder() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(PrefixIgnoringKitRun.class))
                // Paging does not involve POST policies; skipping it keeps this test fast.
                .filters(TagFilter.excludeTags("bulk"))
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();

        Set<String> failed = new TreeSet<>();
        StringBuilder why = new StringBuilder();
        summary.getFailures().forEach(f -> {
            failed.add(f.getTestIdentifier().getDisplayName());
            why.append('\n').append(f.getTestIdentifier().getDisplayName()).append(": ").append(f.getException());
        });
        assertEquals(Set.of(
                "postFormKeyTemplateNamesTheFolder()",
                "postFormRefusesKeyOutsideTheFolder()",
                "postFormRefusesAnotherMinersFolder()",
                "postFormRefusesWidenedPolicy()"), failed, why::toString);
        // The rest of the store is real and must still pass: the kit blames the defect, not everything.
        assertTrue(summary.getTestsSucceededCount() >= 10, () -> "succeeded: " + summary.getTestsSucceededCount());
        assertEquals(0, summary.getTestsAbortedCount());
    }
}
