package io.subnetstorage.auth.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate}: the operator's migrations between stores (SPEC §11) from the command line, with the admin token.
 * {@code start} and {@code status --watch} poll and redraw a progress bar with the time left until the migration
 * is done, failed, paused or rolled back.
 */
@Command(name = "migrate", description = "Operator: migrate miners' objects between stores (s3, hippius).",
        subcommands = {MigrateCommand.Start.class, MigrateCommand.Status.class, MigrateCommand.Pause.class, MigrateCommand.Resume.class,
                MigrateCommand.Rollback.class, MigrateCommand.Report.class})
class MigrateCommand {

    static final String PATH = "/operator/migrations";

    /** The service, the admin token, and how to follow a migration. */
    abstract static class Operator implements Callable<Integer> {

        @Option(names = "--service", description = "auth service URL (default: $SUBNET_STORAGE_URL or ${DEFAULT-VALUE})",
                defaultValue = "${env:SUBNET_STORAGE_URL:-http://localhost:8000}")
        URI service;

        @Option(names = "--admin-token", description = "the service's ADMIN_TOKEN (default: $ADMIN_TOKEN)", defaultValue = "${env:ADMIN_TOKEN}")
        String token;

        @Option(names = "--poll-seconds", defaultValue = "2", description = "how often to ask while following (default: ${DEFAULT-VALUE})")
        double pollSeconds;

        OperatorCalls calls() {
            return new OperatorCalls(service, token);
        }

        /** Redraws the bar until the migration stops; exit 0 when done or rolled back, 1 otherwise. */
        int follow(String id) throws Exception {
            PrintStream err = System.err;
            boolean interactive = System.console() != null;
            JsonNode migration = calls().get(PATH + "/" + id);
            String last = "";
            while (true) {
                String line = MigrationBar.line(migration);
                if (!line.equals(last)) {
                    err.print(interactive ? "\r" + line : line + "\n");
                    err.flush();
                    last = line;
                }
                if (MigrationBar.finished(migration)) {
                    break;
                }
                Thread.sleep((long) (pollSeconds * 1000));
                migration = calls().get(PATH + "/" + id);
            }
            if (interactive) {
                err.println();
            }
            System.out.println(Main.PRETTY.writeValueAsString(migration).replace("\r", ""));
            String state = migration.path("state").asText();
            return state.equals("done") || state.equals("rolled_back") ? 0 : 1;
        }
    }

    @Command(name = "start", description = "Start a migration and follow it with a progress bar (--no-wait: print its id and return).")
    static class Start extends Operator {

        @Option(names = "--from", required = true, description = "source store: s3 or hippius")
        String from;

        @Option(names = "--to", required = true, description = "destination store: s3 or hippius")
        String to;

        @Option(names = "--miners", defaultValue = "all", description = "all, or a comma list of hotkeys (default: ${DEFAULT-VALUE})")
        String miners;

        @Option(names = "--dry-run", description = "write nothing; report what would be done")
        boolean dryRun;

        @Option(names = "--batch-size", defaultValue = "100", description = "objects per ledger commit (default: ${DEFAULT-VALUE})")
        int batchSize;

        @Option(names = "--verify", defaultValue = "etag", description = "etag or download (default: ${DEFAULT-VALUE})")
        String verify;

        @Option(names = "--no-wait", description = "print the id and return at once")
        boolean noWait;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("from", from);
            body.put("to", to);
            body.put("miners", "all".equals(miners) ? "all" : Arrays.stream(miners.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
            body.put("dry_run", dryRun);
            body.put("batch_size", batchSize);
            body.put("verify", verify);
            String id = calls().post(PATH, body).path("id").asText();
            System.err.println("migration " + id);
            if (noWait) {
                System.out.println(id);
                return 0;
            }
            return follow(id);
        }
    }

    @Command(name = "status", description = "Without an id: every migration. With one: its progress (--watch: follow it).")
    static class Status extends Operator {

        @Parameters(arity = "0..1", description = "migration id")
        String id;

        @Option(names = "--watch", description = "redraw a progress bar until the migration stops")
        boolean watch;

        @Override
        public Integer call() throws Exception {
            if (id == null) {
                System.out.println(Main.PRETTY.writeValueAsString(calls().get(PATH)));
                return 0;
            }
            if (watch) {
                return follow(id);
            }
            JsonNode migration = calls().get(PATH + "/" + id);
            System.err.println(MigrationBar.line(migration));
            System.out.println(Main.PRETTY.writeValueAsString(migration));
            return 0;
        }
    }

    /** pause, resume, rollback: one POST, then the migration as it is now. */
    abstract static class Control extends Operator {

        @Parameters(index = "0", description = "migration id")
        String id;

        @Option(names = "--watch", description = "follow the migration afterwards")
        boolean watch;

        abstract String action();

        @Override
        public Integer call() throws Exception {
            JsonNode migration = calls().post(PATH + "/" + id + "/" + action(), null);
            if (watch) {
                return follow(id);
            }
            System.out.println(Main.PRETTY.writeValueAsString(migration));
            return 0;
        }
    }

    @Command(name = "pause", description = "Pause a migration after its current batch.")
    static class Pause extends Control {
        @Override
        String action() {
            return "pause";
        }
    }

    @Command(name = "resume", description = "Resume a paused migration (after a pause, or once credit is back).")
    static class Resume extends Control {
        @Override
        String action() {
            return "resume";
        }
    }

    @Command(name = "rollback", description = "Delete from the destination what the migration created (refused while it is in use).")
    static class Rollback extends Control {
        @Override
        String action() {
            return "rollback";
        }
    }

    @Command(name = "report", description = "The migration's CSV report: key,size,source_etag,sha256,destination_etag,state,error.")
    static class Report extends Operator {

        @Parameters(index = "0", description = "migration id")
        String id;

        @Option(names = {"-o", "--output"}, description = "write the CSV here instead of standard output")
        Path output;

        @Override
        public Integer call() throws Exception {
            String csv = calls().text(PATH + "/" + id + "/report");
            if (output == null) {
                System.out.print(csv);
            } else {
                Files.writeString(output, csv, StandardCharsets.UTF_8);
                System.err.println("report written to " + output + " (" + (csv.lines().count() - 1) + " objects)");
            }
            return 0;
        }
    }
}
