package io.subnetstorage.auth.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Prometheus's own checker (Debian package prometheus, which scripts/test.sh installs when absent). */
final class Promtool {

    static final Path ALERTS = Path.of("prometheus/alerts.yml");
    static final Path ALERT_TESTS = Path.of("prometheus/alerts-test.yml");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private Promtool() {
    }

    static Command.Result checkRules(Path rules) {
        return run("check", "rules", rules.toString());
    }

    static Command.Result testRules(Path tests) {
        return run("test", "rules", tests.toString());
    }

    private static Command.Result run(String... arguments) {
        if (!Command.available("promtool")) {
            throw new AssertionError("promtool is missing: run scripts/test.sh, or apt-get install prometheus");
        }
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        return Command.run(TIMEOUT, command);
    }
}
