package io.subnetstorage.auth.client.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.subnetstorage.auth.client.ClientException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code subnet-storage-client} command line: miners upload, validators list and download, operators debug and migrate. */
@Command(name = "subnet-storage-client", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "subnet-storage-client 0.1.0",
        description = "Client of the Subnet Storage auth service.",
        subcommands = {MinerCommand.class, ValidatorCommand.class, HealthCommand.class, SignCommand.class, AddressCommand.class,
                MigrateCommand.class})
public final class Main {

    static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code, for embedding the client (and for end-to-end tests). */
    public static int run(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof ClientException || exception instanceof IllegalArgumentException) {
                line.getErr().println("error: " + exception.getMessage());
                return 2;
            }
            throw exception;
        });
        return command.execute(args);
    }
}
