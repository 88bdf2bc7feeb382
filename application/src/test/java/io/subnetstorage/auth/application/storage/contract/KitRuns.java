package io.subnetstorage.auth.application.storage.contract;

import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the kit against a planted faulty store and tells which checks failed and why. A kit that passes
 * everything proves nothing: it must catch planted defects, and blame only them.
 */
public final class KitRuns {

    /** The checks that failed (display names), each failure's message, and the counts. */
    public record Outcome(Set<String> failed, String why, TestExecutionSummary summary) {
    }

    private KitRuns() {
    }

    /** Runs every check of {@code kitRun} but those tagged {@code excludedTags}. */
    public static Outcome run(Class<?> kitRun, String... excludedTags) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(kitRun));
        if (excludedTags.length > 0) {
            request.filters(TagFilter.excludeTags(excludedTags));
        }
        LauncherDiscoveryRequest built = request.build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(built, listener);
        TestExecutionSummary summary = listener.getSummary();
        Set<String> failed = new TreeSet<>();
        StringBuilder why = new StringBuilder();
        summary.getFailures().forEach(f -> {
            failed.add(f.getTestIdentifier().getDisplayName());
            why.append('\n').append(f.getTestIdentifier().getDisplayName()).append(": ").append(f.getException());
        });
        return new Outcome(failed, why.toString(), summary);
    }
}
