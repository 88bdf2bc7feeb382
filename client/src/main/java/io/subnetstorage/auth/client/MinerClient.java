package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Uploads a miner's files into {@code job_id=<id>/} under its granted folder. Files already uploaded with the
 * same content (per the state file) are skipped without asking for anything. The rest are announced in
 * {@code /get-folder-access} ({@code files}, at most 1000 a request): a POST store answers its folder form, which
 * is reused until shortly before it expires; a PUT-only store answers one PUT grant per file, each kept until
 * used. Each file is recorded as soon as the store accepts it. Not for concurrent use.
 */
public final class MinerClient {

    public static final Duration DEFAULT_GRANT_MARGIN = Duration.ofMinutes(10);
    /** The service takes at most this many {@code files} per {@code /get-folder-access} request (SPEC §7). */
    static final int FILES_PER_REQUEST = 1000;

    private final ServiceClient service;
    private final String coldkey;
    private final StateFile state;
    private final GrantCache forms;
    private final ObjectGrantCache objectGrants;
    private final Uploader uploader;
    private UploadGrant form;

    public MinerClient(ServiceClient service, String coldkey, Path stateFile, Duration grantMargin) {
        this.service = service;
        this.coldkey = coldkey;
        this.state = StateFile.load(stateFile);
        String id = service.service() + "|" + service.key().address();
        this.forms = new GrantCache(state, id, grantMargin, service.clock());
        this.objectGrants = new ObjectGrantCache(StateFile.load(ObjectGrantCache.fileFor(stateFile)), id, grantMargin, service.clock());
        this.uploader = new Uploader(service);
    }

    /** The folder POST form, from the state file while it lasts (a store without POST policies has none: 400). */
    public UploadGrant grant() {
        return forms.cached().orElseGet(() -> forms.store(askFolder(List.of())));
    }

    public UploadReport upload(String jobId, List<Path> sources, ProgressListener progress) {
        Outcome outcome = new Outcome();
        List<LocalFile> pending = new ArrayList<>();
        for (Map.Entry<String, Path> entry : SourceFiles.byKey(service.key().address(), jobId, sources).entrySet()) {
            try {
                LocalFile file = LocalFile.read(entry.getValue(), entry.getKey(), jobId);
                if (state.uploaded(file.key(), file.size(), file.md5())) {
                    outcome.skipped.add(file.key());
                } else {
                    file.problem().ifPresentOrElse(problem -> outcome.failed.put(file.key(), problem), () -> pending.add(file));
                }
            } catch (IOException | UncheckedIOException e) {
                outcome.failed.put(entry.getKey(), e.getMessage());
            }
        }
        for (int from = 0; from < pending.size(); from += FILES_PER_REQUEST) {
            sendBatch(pending.subList(from, Math.min(pending.size(), from + FILES_PER_REQUEST)), outcome, progress);
        }
        return outcome.report();
    }

    /** Asks {@code /get-file-upload-url} for one object's grant; a given size and SHA-256 are signed into a PUT. */
    public ObjectUploadGrant fileUploadGrant(String jobId, String fileName, OptionalLong size, Optional<String> sha256) {
        JsonNode answer = service.call(Endpoint.FILE_UPLOAD_URL, CallTarget.file(jobId, fileName), body -> {
            size.ifPresent(bytes -> body.put("size", bytes));
            sha256.ifPresent(hash -> body.put("sha256", hash));
        });
        return ObjectUploadGrant.fromFileUploadAnswer(answer, service.clock().instant());
    }

    /** {@link #fileUploadGrant} for {@code path}, announcing its size and SHA-256. */
    public ObjectUploadGrant fileUploadGrant(String jobId, Path path) {
        LocalFile file = read(path, ObjectKeys.key(service.key().address(), jobId, path.getFileName().toString()), jobId);
        return fileUploadGrant(jobId, file.name(), OptionalLong.of(file.size()), Optional.of(file.sha256()));
    }

    /**
     * Uploads one file through a grant of its own ({@link #fileUploadGrant}, Subnet 13's way), unless the state file
     * has it. The service's refusal (409 {@code File already exists}, a quota) is thrown as a {@link ServiceException};
     * the store's, or a grant this client cannot honour, is the file's failure in the report.
     */
    public UploadReport uploadFile(String jobId, Path path, ProgressListener progress) {
        Outcome outcome = new Outcome();
        LocalFile file = read(path, ObjectKeys.key(service.key().address(), jobId, path.getFileName().toString()), jobId);
        if (state.uploaded(file.key(), file.size(), file.md5())) {
            outcome.skipped.add(file.key());
            return outcome.report();
        }
        Optional<String> problem = file.problem();
        if (problem.isPresent()) {
            outcome.failed.put(file.key(), problem.get());
            return outcome.report();
        }
        ObjectUploadGrant grant = fileUploadGrant(jobId, file.name(), OptionalLong.of(file.size()), Optional.of(file.sha256()));
        try {
            uploader.through(grant, file, progress);
            recordUploaded(file, outcome, progress);
        } catch (ClientException | UncheckedIOException e) {
            outcome.failed.put(file.key(), e.getMessage());
        }
        return outcome.report();
    }

    /** Sends a file through a grant obtained elsewhere; refuses, naming the header, a grant whose signed headers it cannot meet. */
    public void uploadThrough(ObjectUploadGrant grant, Path path, ProgressListener progress) {
        uploader.through(grant, read(path, grant.key(), ObjectKeys.jobOf(grant.key())), progress);
    }

    private void sendBatch(List<LocalFile> batch, Outcome outcome, ProgressListener progress) {
        form = forms.cached().orElse(null);
        if (form == null) {
            List<LocalFile> ungranted = batch.stream().filter(file -> objectGrants.usable(file).isEmpty()).toList();
            if (!ungranted.isEmpty()) {
                announce(ungranted);
            }
        }
        for (LocalFile file : batch) {
            try {
                send(file, progress, true);
                recordUploaded(file, outcome, progress);
            } catch (ClientException | UncheckedIOException e) {
                if (e instanceof ServiceException refused && refused.status() / 100 == 4) {
                    throw refused; // a refused grant (signature, quota, membership) fails every file alike
                }
                outcome.failed.put(file.key(), e.getMessage());
            }
        }
    }

    private void send(LocalFile file, ProgressListener progress, boolean mayRenew) {
        if (form != null) {
            try {
                uploader.postForm(form, file, progress);
            } catch (StoreException refused) {
                if (refused.status() != 403 || !mayRenew) {
                    throw refused;
                }
                // An expired policy or a rotated signing key: one fresh grant, one more try.
                forms.invalidate();
                announce(List.of(file));
                send(file, progress, false);
            }
            return;
        }
        ObjectUploadGrant grant = objectGrants.usable(file)
                .orElseThrow(() -> new ClientException("the service returned no upload grant for " + file.key()));
        try {
            uploader.through(grant, file, progress);
        } catch (ClientException e) {
            // A grant is still good after a broken connection or a busy store; not after a refusal.
            boolean stillGood = e.getCause() instanceof IOException || e instanceof StoreException store && store.status() >= 500;
            if (!stillGood) {
                objectGrants.drop(file.key());
            }
            throw e;
        }
    }

    /** Announces files: a POST store answers its folder form (kept for later runs), a PUT store one grant per file. */
    private void announce(List<LocalFile> files) {
        JsonNode answer = askFolder(files);
        if ("PUT".equalsIgnoreCase(answer.path("method").asText())) {
            form = null;
            objectGrants.store(answer.path("uploads"), files);
        } else {
            form = forms.store(answer);
        }
    }

    private JsonNode askFolder(List<LocalFile> files) {
        return service.call(Endpoint.FOLDER_ACCESS, CallTarget.coldkey(coldkey), body -> {
            if (!files.isEmpty()) {
                ArrayNode announced = body.putArray("files");
                files.forEach(file -> announced.addObject().put("key", "job_id=" + file.jobId() + "/" + file.name())
                        .put("size", file.size()).put("sha256", file.sha256()));
            }
        });
    }

    private void recordUploaded(LocalFile file, Outcome outcome, ProgressListener progress) {
        state.markUploaded(file.key(), file.size(), file.md5(), service.clock().instant());
        progress.done(file.key(), file.size());
        outcome.uploaded.add(file.key());
    }

    private static LocalFile read(Path path, String key, String jobId) {
        try {
            return LocalFile.read(path, key, jobId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a batch did so far. */
    private static final class Outcome {
        final List<String> uploaded = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Map<String, String> failed = new LinkedHashMap<>();

        UploadReport report() {
            return new UploadReport(List.copyOf(uploaded), List.copyOf(skipped), Map.copyOf(failed));
        }
    }
}
