package io.subnetstorage.auth.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One line for a migration's progress: a bar of the objects settled (verified, skipped, failed) of the total, the
 * counts, the rate and the time left, as {@code GET /operator/migrations/{id}} gives them.
 */
final class MigrationBar {

    private static final int WIDTH = 30;

    private MigrationBar() {
    }

    static String line(JsonNode migration) {
        long total = migration.path("objects_total").asLong();
        long settled = migration.path("verified").asLong() + migration.path("skipped").asLong() + migration.path("failed").asLong()
                + (migration.path("dry_run").asBoolean() ? wouldCopy(migration) : 0);
        int percent = total == 0 ? 0 : (int) Math.min(100, 100 * settled / total);
        int filled = percent * WIDTH / 100;
        String state = migration.path("state").asText() + (migration.path("reason").isTextual() ? " (" + migration.path("reason").asText() + ")" : "");
        return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d objects, %d verified, %d skipped, %d failed, %.1f MiB, %.1f obj/s, ETA %s, %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), percent, settled, total, migration.path("verified").asLong(),
                migration.path("skipped").asLong(), migration.path("failed").asLong(), migration.path("bytes_copied").asLong() / 1048576.0,
                migration.path("rate_objects_per_s").asDouble(), eta(migration.path("eta_seconds")), state);
    }

    /** A dry run's objects that would be copied are settled too, but are none of the three counts. */
    private static long wouldCopy(JsonNode migration) {
        return "done".equals(migration.path("state").asText())
                ? migration.path("objects_total").asLong() - migration.path("verified").asLong() - migration.path("skipped").asLong()
                        - migration.path("failed").asLong()
                : 0;
    }

    static String eta(JsonNode seconds) {
        if (!seconds.isNumber()) {
            return "unknown";
        }
        long s = seconds.asLong();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    static boolean finished(JsonNode migration) {
        return switch (migration.path("state").asText()) {
            case "done", "failed", "paused", "rolled_back" -> true;
            default -> false;
        };
    }
}
