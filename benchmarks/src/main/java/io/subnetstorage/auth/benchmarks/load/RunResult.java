package io.subnetstorage.auth.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** What one load step achieved, printed as a table row and as one JSON line for scripts/bench.sh. */
record RunResult(String name, String mode, double offeredRate, double seconds, Tally tally, CpuSample cpu) {

    double achievedRate() {
        return total() / seconds;
    }

    double successRate() {
        return tally.successes() / seconds;
    }

    long total() {
        long all = 0;
        for (int status = 100; status < tally.byStatus.length; status++) {
            all += tally.byStatus[status];
        }
        return all;
    }

    Map<String, Long> errors() {
        Map<String, Long> errors = new LinkedHashMap<>();
        for (int status = 0; status < tally.byStatus.length; status++) {
            if (tally.byStatus[status] > 0 && (status < 200 || status >= 300)) {
                errors.put(Tally.statusName(status), tally.byStatus[status]);
            }
        }
        return errors;
    }

    private double millis(double percentile) {
        Histogram h = tally.latencyMicros;
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    String json() {
        StringBuilder errors = new StringBuilder("{");
        errors().forEach((status, count) -> errors.append(errors.length() > 1 ? "," : "")
                .append('"').append(status).append("\":").append(count));
        errors.append('}');
        return String.format(Locale.ROOT, "{\"name\":\"%s\",\"mode\":\"%s\",\"offered_rps\":%.0f,\"seconds\":%.2f,"
                        + "\"achieved_rps\":%.1f,\"success_rps\":%.1f,\"successes\":%d,\"errors\":%s,"
                        + "\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"max_ms\":%.3f,"
                        + "\"generator_cpu_ms\":%d,\"machine_busy_ms\":%d,\"mean_body_bytes\":%d}",
                name, mode, offeredRate, seconds, achievedRate(), successRate(), tally.successes(), errors,
                millis(50), millis(90), millis(99), millis(99.9), tally.latencyMicros.getMaxValue() / 1000.0,
                cpu.generatorNanos() / 1_000_000, cpu.machineBusyNanos() / 1_000_000, tally.bodyBytes / Math.max(1, total()));
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.0f | %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f |",
                name, mode, offeredRate > 0 ? String.format(Locale.ROOT, "%.0f", offeredRate) : "max", achievedRate(),
                successRate(), tally.successes(), errors().isEmpty() ? "-" : errors().toString(), millis(50), millis(90),
                millis(99), millis(99.9), tally.latencyMicros.getMaxValue() / 1000.0);
    }

    static String header() {
        return "| step | mode | offered rps | achieved rps | success rps | successes | errors | p50 ms | p90 ms | p99 ms "
                + "| p99.9 ms | max ms |\n|---|---|---|---|---|---|---|---|---|---|---|---|";
    }
}
