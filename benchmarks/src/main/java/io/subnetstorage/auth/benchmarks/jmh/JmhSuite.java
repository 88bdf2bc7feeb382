package io.subnetstorage.auth.benchmarks.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of this jar with JMH's own command line (for example {@code -f 1 -wi 2 -i 3}),
 * writing JSON results to the file named by the system property {@code jmh.out} when given. The sr25519
 * verify, metagraph decode and presigning benchmarks live next to their code in adapters-bittensor and
 * adapters-s3 (test scope); scripts/bench.sh runs those from their modules rather than copying them here.
 */
public final class JmhSuite {

    private JmhSuite() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(commandLine);
        String out = System.getProperty("jmh.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
            options.resultFormat(ResultFormatType.JSON).result(out);
        }
        if (commandLine.getIncludes().isEmpty()) {
            options.include(JmhSuite.class.getPackageName() + ".*");
        }
        new Runner(options.build()).run();
    }
}
