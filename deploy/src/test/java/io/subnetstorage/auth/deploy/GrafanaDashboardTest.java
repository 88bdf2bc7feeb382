package io.subnetstorage.auth.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/grafana/dashboard.json imports as it is: panels laid out on Grafana's 24-column grid, each on the
 * dashboard's Prometheus variable, and every query valid PromQL (promtool parses them as recording rules).
 * That the metrics it names exist is checked against a live scrape in bootstrap (DeployArtefactsMetricsTest).
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("grafana/dashboard.json");

    private final JsonNode dashboard = read();

    @Test
    void panelsHaveUniqueIdsFitTheGridAndUseTheDatasourceVariable() {
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "duplicate panel id " + panel.path("id"));
            JsonNode grid = panel.path("gridPos");
            assertTrue(grid.path("x").asInt() + grid.path("w").asInt() <= 24, panel.path("title") + " overflows the grid");
            if (!panel.path("type").asText().equals("row")) {
                assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), panel.path("title").asText());
                assertFalse(panel.path("targets").isEmpty(), panel.path("title") + " has no query");
            }
        }
        assertEquals("subnet-storage-auth", dashboard.path("uid").asText());
    }

    @Test
    void everyQueryIsValidPromql(@TempDir Path dir) throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (variable.path("type").asText().equals("query")) {
                // label_values(selector, label) is Grafana's; its selector is PromQL.
                expressions.add(variable.path("query").path("query").asText().replaceAll("^label_values\\((.*), *\\w+\\)$", "$1"));
            }
        }
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (int i = 0; i < expressions.size(); i++) {
            String promql = expressions.get(i).replace("$__rate_interval", "5m").replace("$instance", ".*");
            rules.append("      - record: dashboard:query_").append(i).append('\n')
                    .append("        expr: ").append(new ObjectMapper().writeValueAsString(promql)).append('\n');
        }
        Path file = dir.resolve("dashboard-queries.yml");
        java.nio.file.Files.writeString(file, rules);
        Command.Result check = Promtool.checkRules(file);
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("SUCCESS: " + expressions.size() + " rules found"), check.output());
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(DASHBOARD.toFile());
        } catch (IOException e) {
            throw new AssertionError("dashboard.json does not parse", e);
        }
    }
}
