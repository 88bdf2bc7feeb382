package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.UploadReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "miner", description = "Miner commands.", subcommands = MinerCommand.Upload.class)
class MinerCommand {

    @Command(name = "upload", description = "Upload files or folders into job_id=<id>/ of your folder; resumes an interrupted batch.")
    static class Upload implements Callable<Integer> {

        @Mixin
        KeyMixin keys;

        @Mixin
        ServiceMixin service;

        @Option(names = "--job", required = true, description = "job id: files go to data/hotkey=<you>/job_id=<id>/")
        String job;

        @Option(names = "--state-file", description = "grant cache and upload record (default: ${DEFAULT-VALUE})",
                defaultValue = "${sys:user.home}/.subnet-storage/miner-state.json")
        Path stateFile;

        @Option(names = "--grant-margin-minutes", defaultValue = "10",
                description = "ask for a new grant this long before the cached one expires (default: ${DEFAULT-VALUE})")
        long marginMinutes;

        @Parameters(arity = "1..*", description = "files or folders")
        List<Path> sources;

        @Override
        public Integer call() {
            Sr25519Keypair key = keys.hotkey();
            MinerClient miner = new MinerClient(service.client(key), keys.coldkeyFor(key), stateFile, Duration.ofMinutes(marginMinutes));
            UploadReport report = miner.upload(job, sources, new ConsoleProgress(System.err, System.console() != null));
            report.skipped().forEach(skipped -> System.out.println("already uploaded " + skipped));
            report.failed().forEach((failedKey, reason) -> System.err.println("FAILED " + failedKey + ": " + reason));
            System.out.printf("%d uploaded, %d already there, %d failed%n", report.uploaded().size(), report.skipped().size(),
                    report.failed().size());
            return report.complete() ? 0 : 1;
        }
    }
}
