package io.subnetstorage.auth.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** deploy/prometheus: the rules load in Prometheus, their unit tests pass, and those tests catch a broken rule. */
class PrometheusRulesTest {

    @Test
    void promtoolAcceptsTheRules() {
        Command.Result check = Promtool.checkRules(Promtool.ALERTS);
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("SUCCESS"), check.output());
    }

    @Test
    void everyAlertBehavesAsItsUnitTestsSay() {
        Command.Result test = Promtool.testRules(Promtool.ALERT_TESTS);
        assertEquals(0, test.exit(), test.output());
    }

    /** Each change breaks one rule the way a careless edit would; alerts-test.yml must notice every one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            down alert watching another job        | up{job="subnet-storage-auth"} == 0 | up{job="subnet-storage"} == 0
            signature ratio threshold raised       | > 0.25                              | > 0.75
            signature floor raised                 | > 0.05                              | > 0.5
            signature alert silent before a grant  | or 0 * sum by (job) (rate(ssa_requests_denied_total[10m])) | or sum by (job) (rate(ssa_grants_issued_total[10m]))
            global quota reason misspelt           | reason="GLOBAL_QUOTA_EXCEEDED"      | reason="GLOBAL_QUOTA"
            daily quota counted over all roles     | sum by (job, role) (rate(ssa_requests_denied_total{reason="DAILY_QUOTA_EXCEEDED"}[15m])) | sum by (job) (rate(ssa_requests_denied_total{reason="DAILY_QUOTA_EXCEEDED"}[15m]))
            stale metagraph threshold doubled      | ssa_metagraph_age_seconds > 1200    | ssa_metagraph_age_seconds > 2400
            missing metagraph not noticed          | or ssa_metagraph_age_seconds != ssa_metagraph_age_seconds | or ssa_metagraph_age_seconds < 0
            store errors threshold raised          | [5m])) > 3                          | [5m])) > 6
            ledger outage reason misspelt          | reason="GRANT_LEDGER_UNAVAILABLE"   | reason="LEDGER_UNAVAILABLE"
            mirror lag threshold doubled           | (ssa_mirror_lag_seconds) > 3600     | (ssa_mirror_lag_seconds) > 7200
            mirror backlog growth ignored          | delta(ssa_mirror_lag_objects[1h])) > 0 | delta(ssa_mirror_lag_objects[1h])) > -1000
            """)
    void theUnitTestsCatchABrokenRule(String breakage, String original, String broken, @TempDir Path dir) throws IOException {
        String rules = Files.readString(Promtool.ALERTS);
        assertEquals(1, rules.split(java.util.regex.Pattern.quote(original), -1).length - 1,
                "'" + original + "' must occur once in alerts.yml: update this case with the rule");
        Files.writeString(dir.resolve("alerts.yml"), rules.replace(original, broken));
        Files.copy(Promtool.ALERT_TESTS, dir.resolve("alerts-test.yml"));
        assertEquals(0, Promtool.checkRules(dir.resolve("alerts.yml")).exit(), "the broken rule still loads");
        Command.Result test = Promtool.testRules(dir.resolve("alerts-test.yml"));
        assertNotEquals(0, test.exit(), breakage + " went unnoticed:\n" + test.output());
    }
}
