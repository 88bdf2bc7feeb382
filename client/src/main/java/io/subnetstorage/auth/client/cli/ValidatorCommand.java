package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.client.ContentVerdict;
import io.subnetstorage.auth.client.DownloadedFile;
import io.subnetstorage.auth.client.ReadStore;
import io.subnetstorage.auth.client.RemoteObject;
import io.subnetstorage.auth.client.ValidatorClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validator", description = "Validator commands.",
        subcommands = {ValidatorCommand.Miners.class, ValidatorCommand.Jobs.class, ValidatorCommand.Files.class, ValidatorCommand.Download.class})
class ValidatorCommand {

    abstract static class Signed {

        @Mixin
        KeyMixin keys;

        @Mixin
        ServiceMixin service;

        @Option(names = "--store", description = "read from this store: s3 or hippius (default: where the miner uploads)")
        String store;

        ValidatorClient validator() {
            return new ValidatorClient(service.client(keys.hotkey()), Optional.ofNullable(store).map(ReadStore::fromName));
        }
    }

    /** The commands that look into one miner's folder, optionally one job of it. */
    abstract static class OneMiner extends Signed {

        @Option(names = "--miner", required = true, description = "the miner's hotkey")
        String miner;

        @Option(names = "--job", description = "only this job")
        String job;
    }

    @Command(name = "miners", description = "List the miners with a folder in the bucket.")
    static class Miners extends Signed implements Callable<Integer> {
        @Override
        public Integer call() {
            validator().miners().forEach(System.out::println);
            return 0;
        }
    }

    @Command(name = "jobs", description = "List a miner's jobs with their file counts and sizes.")
    static class Jobs extends OneMiner implements Callable<Integer> {
        @Override
        public Integer call() {
            validator().jobs(miner).entrySet().stream().filter(entry -> job == null || job.equals(entry.getKey())).forEach(entry -> {
                var files = entry.getValue();
                System.out.printf("job_id=%s\t%d files\t%d bytes%n", entry.getKey(), files.size(),
                        files.stream().mapToLong(RemoteObject::size).sum());
            });
            return 0;
        }
    }

    @Command(name = "files", description = "List a miner's files (all pages): size, ETag, key.")
    static class Files extends OneMiner implements Callable<Integer> {
        @Override
        public Integer call() {
            selected(validator().files(miner), job, List.of()).forEach(file -> System.out.printf("%d\t%s\t%s%n", file.size(), file.etag(),
                    file.key()));
            return 0;
        }
    }

    @Command(name = "download", description = "Download a miner's files (all, a job's, or the keys given), check size and ETag, "
            + "and check each file's content against its attribution offline.")
    static class Download extends OneMiner implements Callable<Integer> {
        @Option(names = "--out", defaultValue = ".", description = "target folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--skip-attribution", description = "do not check content against the miner's attribution and the service's receipt")
        boolean skipAttribution;

        @Parameters(arity = "0..*", description = "object keys (default: every file)")
        List<String> keys = List.of();

        @Override
        public Integer call() {
            ValidatorClient validator = validator();
            List<DownloadedFile> files = validator.download(miner, selected(validator.files(miner), job, keys), out);
            files.forEach(file -> System.out.printf("%s\t%s\t%s%n", file.integrity().ok() ? "OK" : "MISMATCH", file.path(),
                    file.integrity().detail()));
            List<ContentVerdict> verdicts = skipAttribution ? List.of() : validator.checkAttribution(miner, files);
            verdicts.forEach(verdict -> System.out.printf("content: %s\t%s\t%s%n", verdict.content(), verdict.key(),
                    String.join("; ", verdict.problems())));
            boolean contentOk = verdicts.stream().noneMatch(ContentVerdict::mismatch);
            return files.stream().allMatch(file -> file.integrity().ok()) && contentOk ? 0 : 1;
        }
    }

    static List<RemoteObject> selected(List<RemoteObject> files, String job, List<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        return files.stream().filter(file -> job == null || job.equals(file.jobId()))
                .filter(file -> wanted.isEmpty() || wanted.contains(file.key())).toList();
    }
}
