package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.ObjectUploadGrant;
import io.subnetstorage.auth.client.UploadReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "miner", description = "Miner commands.", subcommands = {MinerCommand.Upload.class, MinerCommand.UploadFile.class})
class MinerCommand {

    /** What every upload needs: the key, the service, the job and the state file. */
    abstract static class Uploading {

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
                description = "ask for a new grant this long before a cached one expires (default: ${DEFAULT-VALUE})")
        long marginMinutes;

        MinerClient miner() {
            Sr25519Keypair key = keys.hotkey();
            return new MinerClient(service.client(key), keys.coldkeyFor(key), stateFile, Duration.ofMinutes(marginMinutes));
        }

        static int print(UploadReport report) {
            report.skipped().forEach(skipped -> System.out.println("already uploaded " + skipped));
            report.failed().forEach((failedKey, reason) -> System.err.println("FAILED " + failedKey + ": " + reason));
            System.out.printf("%d uploaded, %d already there, %d failed%n", report.uploaded().size(), report.skipped().size(),
                    report.failed().size());
            return report.complete() ? 0 : 1;
        }

        static ConsoleProgress progress() {
            return new ConsoleProgress(System.err, System.console() != null);
        }
    }

    @Command(name = "upload", description = "Upload files or folders into job_id=<id>/ of your folder, through the store's POST form "
            + "or one PUT grant per file; resumes an interrupted batch.")
    static class Upload extends Uploading implements Callable<Integer> {

        @Parameters(arity = "1..*", description = "files or folders")
        List<Path> sources;

        @Override
        public Integer call() {
            return print(miner().upload(job, sources, progress()));
        }
    }

    @Command(name = "upload-file", description = "Upload one file into job_id=<id>/ through a grant of its own "
            + "(/get-file-upload-url, Subnet 13's call); its size and SHA-256 are signed into the upload. "
            + "The service answers 409 when the key exists.")
    static class UploadFile extends Uploading implements Callable<Integer> {

        @Option(names = "--grant-only", description = "print the grant and upload nothing")
        boolean grantOnly;

        @Parameters(index = "0", description = "the file")
        Path file;

        @Override
        public Integer call() {
            MinerClient miner = miner();
            if (!grantOnly) {
                return print(miner.uploadFile(job, file, progress()));
            }
            ObjectUploadGrant grant = miner.fileUploadGrant(job, file);
            System.out.println("key:     " + grant.key());
            System.out.println("method:  " + grant.method());
            System.out.println("url:     " + grant.url());
            grant.fields().forEach((name, value) -> System.out.println("field:   " + name + "=" + value));
            grant.headers().forEach((name, value) -> System.out.println("header:  " + name + ": " + value));
            System.out.println("expires: " + grant.expiresAt());
            return 0;
        }
    }
}
