package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromqlMetricNamesTest {

    @Test
    void keepsMetricNamesAndDropsFunctionsLabelsRangesAndKeywords() {
        String expression = """
                sum by (job) (rate(ssa_requests_denied_total{reason="SIGNATURE_INVALID", instance=~"$instance"}[$__rate_interval]))
                  / (sum by (job) (rate(ssa_requests_denied_total[10m]))
                     + (sum by (job) (rate(ssa_grants_issued_total[10m])) or 0 * vector(1)))
                  > 0.25 and on (job) histogram_quantile(0.99, sum by (le) (rate(x_seconds_bucket[5m] offset 1d))) > 1e-3
                """;
        assertEquals(Set.of("ssa_requests_denied_total", "ssa_grants_issued_total", "x_seconds_bucket"),
                PromqlMetricNames.in(expression));
    }

    @Test
    void comparisonsOfAGaugeWithItselfAndBareSelectorsAreSeen() {
        assertEquals(Set.of("ssa_metagraph_age_seconds"),
                PromqlMetricNames.in("ssa_metagraph_age_seconds > 3600 or ssa_metagraph_age_seconds != ssa_metagraph_age_seconds"));
        assertEquals(Set.of("up"), PromqlMetricNames.in("up{job=\"subnet-storage-auth\"} == 0"));
    }

    @Test
    void aGrafanaLabelValuesQueryNamesItsMetricNotItsLabel() {
        assertEquals(Set.of("ssa_metagraph_neurons"),
                PromqlMetricNames.in("label_values(ssa_metagraph_neurons{job=\"subnet-storage-auth\"}, instance)"));
    }

    @Test
    void labelValuesOfExactAndRegexMatchers() {
        assertEquals(Set.of("GRANT_LEDGER_UNAVAILABLE", "STORE_TIMEOUT", "SIGNATURE_INVALID"), PromqlMetricNames.labelValues(
                "a{reason=~\"GRANT_LEDGER_UNAVAILABLE|STORE_TIMEOUT\"} + b{reason=\"SIGNATURE_INVALID\", role=\"miner\"}", "reason"));
    }
}
