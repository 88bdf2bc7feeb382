package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.client.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The client's command line run in this JVM against a running service, as a user would type it. */
final class CommandLine {

    private CommandLine() {
    }

    /** Runs {@code args} with {@code --service}; returns what it printed on stdout, failing on another exit code. */
    static String run(URI service, int expectedExit, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            List<String> command = new ArrayList<>(List.of(args));
            command.addAll(List.of("--service", service.toString()));
            exit = Main.run(command.toArray(String[]::new));
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, printed);
        return printed;
    }
}
