package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/prometheus/alerts.yml and deploy/grafana/dashboard.json read only what this service exposes:
 * every metric name they use is in a real scrape of /metrics taken after one grant and one refusal (so
 * the counters exist), every {@code reason} they match is a {@link ReasonCode}, every {@code dependency}
 * one the service counts. Renaming a meter, or misspelling one in a rule, fails here.
 */
@MicronautTest
class DeployArtefactsMetricsTest extends ServiceTest {

    static final Path ALERTS = Path.of("../deploy/prometheus/alerts.yml");
    static final Path DASHBOARD = Path.of("../deploy/grafana/dashboard.json");

    /** Added by Prometheus to every scrape target, so never in the service's own exposition. */
    static final Set<String> ADDED_BY_PROMETHEUS = Set.of("up");
    /**
     * SPEC §10's mirror meters: they appear only with a mirror configured (MIRROR_STORES), which this test does not
     * do; MirrorEndToEndTest finds them in a scrape of a service that has one.
     */
    static final Set<String> MIRROR_METERS = Set.of("ssa_mirror_lag_objects", "ssa_mirror_lag_seconds", "ssa_mirror_failures_total");

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s", Pattern.MULTILINE);

    @Inject
    EmbeddedServer server;

    private String scrape;

    @Test
    void everyMetricTheAlertsReadIsExposed() {
        assertReadsOnlyExposedMetrics("alerts.yml", alertExpressions());
    }

    @Test
    void everyMetricTheDashboardReadsIsExposed() {
        assertReadsOnlyExposedMetrics("dashboard.json", dashboardExpressions());
    }

    @Test
    void everyReasonMatchedIsAReasonCode() {
        Set<String> codes = Arrays.stream(ReasonCode.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        allExpressions().forEach(e -> PromqlMetricNames.labelValues(e, "reason").stream()
                .filter(reason -> !codes.contains(reason)).forEach(unknown::add));
        assertEquals(Set.of(), unknown);
    }

    @Test
    void everyDependencyMatchedIsOneTheServiceCounts() {
        Set<String> counted = labelValuesInScrape("ssa_dependency_errors_total", "dependency");
        assertFalse(counted.isEmpty(), scrape());
        Set<String> unknown = new TreeSet<>();
        allExpressions().forEach(e -> PromqlMetricNames.labelValues(e, "dependency").stream()
                .filter(dependency -> !counted.contains(dependency)).forEach(unknown::add));
        assertEquals(Set.of(), unknown, "counted: " + counted);
    }

    @Test
    void theAllowListsNameOnlyMetricsTheFilesUse() {
        Set<String> used = new TreeSet<>();
        allExpressions().forEach(e -> used.addAll(PromqlMetricNames.in(e)));
        Set<String> unused = new TreeSet<>(MIRROR_METERS);
        unused.addAll(ADDED_BY_PROMETHEUS);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "drop them from this test's allow-lists");
    }

    private void assertReadsOnlyExposedMetrics(String file, List<String> expressions) {
        assertFalse(expressions.isEmpty(), file + " has no queries");
        Set<String> exposed = exposedNames();
        Set<String> missing = new TreeSet<>();
        for (String expression : expressions) {
            Set<String> names = PromqlMetricNames.in(expression);
            assertFalse(names.isEmpty(), "no metric found in " + expression);
            names.stream().filter(n -> !exposed.contains(n) && !ADDED_BY_PROMETHEUS.contains(n) && !MIRROR_METERS.contains(n))
                    .forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), () -> file + " reads " + missing + ", which /metrics lacks; it has " + exposed);
    }

    /** Scraped once: after a grant to //Alice and a refusal of a forged signature, so those counters exist. */
    private String scrape() {
        if (scrape == null) {
            Wire wire = new Wire(server.getURI());
            assertEquals(200, wire.post("/get-folder-access", Signer.miner(ALICE, now())).status());
            assertEquals(401, wire.post("/get-folder-access",
                    Signer.with(Signer.miner(ALICE, now()), "signature", "00".repeat(64))).status());
            scrape = wire.get("/metrics").text();
        }
        return scrape;
    }

    private Set<String> exposedNames() {
        Set<String> names = new TreeSet<>();
        Matcher sample = SAMPLE.matcher(scrape());
        while (sample.find()) {
            names.add(sample.group(1));
        }
        return names;
    }

    private Set<String> labelValuesInScrape(String metric, String label) {
        Set<String> values = new TreeSet<>();
        Matcher sample = SAMPLE.matcher(scrape());
        while (sample.find()) {
            if (sample.group(1).equals(metric) && sample.group(2) != null) {
                values.addAll(PromqlMetricNames.labelValues(sample.group(2), label));
            }
        }
        return values;
    }

    private static List<String> allExpressions() {
        List<String> all = new ArrayList<>(alertExpressions());
        all.addAll(dashboardExpressions());
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertExpressions() {
        try (Reader reader = Files.newBufferedReader(ALERTS)) {
            Map<String, Object> rules = new Yaml().load(reader);
            List<String> expressions = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    expressions.add((String) rule.get("expr"));
                }
            }
            return expressions;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + ALERTS.toAbsolutePath(), e);
        }
    }

    private static List<String> dashboardExpressions() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
            List<String> expressions = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
            dashboard.path("templating").path("list").forEach(variable -> {
                JsonNode query = variable.path("query");
                if (variable.path("type").asText().equals("query")) {
                    expressions.add(query.isTextual() ? query.asText() : query.path("query").asText());
                }
            });
            return expressions;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + DASHBOARD.toAbsolutePath(), e);
        }
    }
}
