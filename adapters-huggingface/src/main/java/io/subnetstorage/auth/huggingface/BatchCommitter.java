package io.subnetstorage.auth.huggingface;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one batch (at most {@code HF_MAX_FILES_PER_COMMIT} files) in one commit, however many tries it
 * takes. Each try reads the branch head, asks preupload what each path holds (identical files are
 * skipped, other content is a conflict, never overwritten), uploads the LFS files, waits for a slot in
 * the hourly window and commits with the head as {@code parentCommit}. Then:
 * <ul>
 * <li>412: the branch moved; the next try starts from the new head, so what the other commit wrote is
 * seen (a path it took becomes a conflict or an identical file).</li>
 * <li>5xx or no answer: the commit may have landed. The tree is asked; if every file is there with the
 * right oid the batch is done, under the commit that wrote it, and nothing is sent again.</li>
 * <li>401, 403, 404 and other refusals end the batch (thrown as {@link HubException}).</li>
 * </ul>
 */
final class BatchCommitter {

    private static final System.Logger LOG = System.getLogger(BatchCommitter.class.getName());

    private final HubHttp http;
    private final HubUrls urls;
    private final TreeReader tree;
    private final Preupload preupload;
    private final LfsUploader lfs;
    private final CommitWindow window;

    BatchCommitter(HubHttp http, HubUrls urls, CommitWindow window) {
        this.http = http;
        this.urls = urls;
        this.tree = new TreeReader(http, urls);
        this.preupload = new Preupload(http, urls);
        this.lfs = new LfsUploader(http, urls);
        this.window = window;
    }

    /**
     * Settles every file of the batch into {@code settled}, by path. When it throws, the files settled
     * so far (conflicts, identical files) are already there and the rest are the caller's to report.
     */
    void commit(HfRepoId repo, List<CheckedFile> batch, String summary, Map<String, FileOutcome> settled)
            throws InterruptedException {
        List<CheckedFile> pending = batch;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            String head = tree.head(repo);
            Map<String, Preupload.Answer> answers = preupload.ask(repo, pending);
            List<CheckedFile> regular = new ArrayList<>();
            List<CheckedFile> large = new ArrayList<>();
            for (CheckedFile file : pending) {
                Preupload.Answer answer = answers.get(file.path());
                if (answer.existingOid() != null) {
                    settled.put(file.path(), answer.holds(file) ? FileOutcome.alreadyPresent(file.path())
                            : FileOutcome.conflict(file.path(), answer.existingOid()));
                } else if (answer.ignored()) {
                    settled.put(file.path(), FileOutcome.failed(file.path(), FailureKind.REJECTED,
                            "the repo's .gitignore ignores this path"));
                } else {
                    (answer.lfs() ? large : regular).add(file);
                }
            }
            settled.putAll(lfs.upload(repo, large));
            large.removeIf(f -> settled.containsKey(f.path()));
            if (regular.isEmpty() && large.isEmpty()) {
                break;
            }
            window.acquire();
            HubResponse response = send(repo, summary, head, regular, large);
            List<CheckedFile> sent = new ArrayList<>(regular);
            sent.addAll(large);
            if (response.ok()) {
                String oid = commitOid(response);
                sent.forEach(f -> settled.put(f.path(), FileOutcome.committed(f.path(), oid)));
                break;
            }
            if (response.uncertain()) {
                Optional<String> landed = landedCommit(repo, sent);
                if (landed.isPresent()) {
                    LOG.log(Level.INFO, () -> "commit to " + repo + " answered " + response.describe()
                            + " but landed as " + landed.get() + "; not repeated");
                    sent.forEach(f -> settled.put(f.path(), FileOutcome.committed(f.path(), landed.get())));
                    break;
                }
            } else if (response.status() != 412) {
                throw http.refusal(response, "commit to " + repo);
            }
            // 412, or a failed commit that did not land: start again from the branch as it is now.
            http.pause(response, attempt, "commit to " + repo);
            pending = sent;
        }
    }

    private HubResponse send(HfRepoId repo, String summary, String head, List<CheckedFile> regular,
            List<CheckedFile> large) throws InterruptedException {
        try (CommitPayload payload = CommitPayload.write(summary, head, regular, large)) {
            HttpRequest request = http.api(urls.commit(repo)).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(payload.file())).build();
            return http.write(request, "commit to " + repo);
        } catch (IOException e) {
            throw new HubException(FailureKind.SOURCE_UNREADABLE, 0,
                    "cannot write the commit for " + repo + " (a source changed or the temp folder is full): " + e);
        }
    }

    /** The new commit's id; a landed commit with an unreadable answer is still landed. */
    private static String commitOid(HubResponse response) {
        try {
            return response.json().path("commitOid").asText("unknown");
        } catch (HubException notJson) {
            return "unknown";
        }
    }

    /** The commit that wrote every one of {@code files} with their content, if the tree shows one. */
    private Optional<String> landedCommit(HfRepoId repo, List<CheckedFile> files) throws InterruptedException {
        Map<String, TreeReader.Located> found =
                tree.pathsInfo(repo, files.stream().map(CheckedFile::path).toList(), true);
        String commit = null;
        for (CheckedFile file : files) {
            TreeReader.Located located = found.get(file.path());
            if (located == null || !located.file().holds(file.digest())) {
                return Optional.empty();
            }
            commit = commit == null ? located.lastCommit() : commit;
        }
        return Optional.of(commit == null ? "unknown" : commit);
    }
}
