package io.subnetstorage.auth.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MigrationBarTest {

    private static JsonNode migration(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void theBarShowsTheSettledShareTheCountsTheRateAndTheTimeLeft() throws Exception {
        String line = MigrationBar.line(migration("{\"state\": \"running\", \"dry_run\": false, \"objects_total\": 200, \"verified\": 90,"
                + " \"skipped\": 8, \"failed\": 2, \"bytes_copied\": 10485760, \"rate_objects_per_s\": 12.5, \"eta_seconds\": 125}"));
        assertTrue(line.startsWith("[###############...............]  50% 100/200 objects"), line);
        assertTrue(line.contains("90 verified, 8 skipped, 2 failed, 10.0 MiB, 12.5 obj/s, ETA 2m05s, running"), line);
    }

    @Test
    void aPauseForCreditIsShownAndStopsTheFollowing() throws Exception {
        JsonNode paused = migration("{\"state\": \"paused\", \"reason\": \"no_credit\", \"objects_total\": 0, \"eta_seconds\": null}");
        assertTrue(MigrationBar.line(paused).endsWith("ETA unknown, paused (no_credit)"), MigrationBar.line(paused));
        assertTrue(MigrationBar.finished(paused));
        assertFalse(MigrationBar.finished(migration("{\"state\": \"rolling_back\"}")));
    }

    @Test
    void aFinishedDryRunIsWhollySettled() throws Exception {
        String line = MigrationBar.line(migration("{\"state\": \"done\", \"dry_run\": true, \"objects_total\": 4, \"verified\": 0,"
                + " \"skipped\": 1, \"failed\": 0, \"eta_seconds\": 0}"));
        assertTrue(line.contains("100% 4/4 objects"), line);
        assertEquals("1h01m", MigrationBar.eta(new ObjectMapper().getNodeFactory().numberNode(3660)));
    }
}
