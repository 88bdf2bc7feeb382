package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A HuggingFace Hub client for mirroring files into dataset repos, over the Hub's commit API (preupload,
 * Git LFS batch with {@code basic} and {@code multipart} transfers, NDJSON commit) on plain HTTP
 * (ADR 0015). Thread-safe; one instance per token, since the hourly commit window is per instance.
 */
public final class HubClient {

    private final HfSettings settings;
    private final HubHttp http;
    private final HubUrls urls;
    private final TreeReader tree;
    private final BatchCommitter committer;

    private HubClient(HfSettings settings, HubHttp http) {
        this.settings = settings;
        this.http = http;
        this.urls = new HubUrls(settings.endpoint());
        this.tree = new TreeReader(http, urls);
        this.committer = new BatchCommitter(http, urls, new CommitWindow(settings.maxCommitsPerHour(), http.time()));
    }

    public static HubClient create(HfSettings settings) {
        return create(settings, HubTime.system(), RetryPolicy.DEFAULT);
    }

    public static HubClient create(HfSettings settings, HubTime time, RetryPolicy policy) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new HubClient(settings, new HubHttp(client, settings.token(), time, policy));
    }

    public HfSettings settings() {
        return settings;
    }

    /**
     * The token's role ({@code write}, {@code read}, {@code fineGrained}...) as {@code whoami-v2} reports it, asked
     * once within {@code timeout}: a health probe, so it neither retries nor waits. Throws {@link HubException}.
     */
    public String tokenRole(Duration timeout) {
        String what = "check HF_TOKEN";
        HttpRequest request = http.api(urls.whoAmI()).timeout(timeout).GET().build();
        HubResponse response = interruptible(() -> http.once(request), what);
        if (!response.ok()) {
            throw http.refusal(response, what);
        }
        return response.json().path("auth").path("accessToken").path("role").asText("unknown");
    }

    /** Creates the dataset repo (private unless {@code HF_PRIVATE=false}): true if created, false if it existed. */
    public boolean ensureRepo(HfRepoId repo) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("name", repo.name())
                .put("organization", repo.namespace()).put("type", "dataset").put("private", settings.privateRepos());
        HttpRequest request = http.api(urls.createRepo()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        String what = "create " + repo;
        HubResponse response = interruptible(() -> http.idempotent(request, what), what);
        if (response.ok()) {
            return true;
        }
        if (response.status() == 409) {
            return false;
        }
        throw http.refusal(response, what);
    }

    /** Every file on the branch, by path. */
    public Map<String, HubFile> listFiles(HfRepoId repo) {
        return interruptible(() -> tree.list(repo), "list " + repo);
    }

    /** One file, for verification; empty when the path holds no file. */
    public Optional<HubFile> head(HfRepoId repo, String path) {
        return Optional.ofNullable(interruptible(() -> tree.pathsInfo(repo, List.of(path), false), "read " + path)
                .get(path)).map(TreeReader.Located::file);
    }

    /** Whether the repo holds exactly this file's bytes at its path (reads a regular file's source once). */
    public Verification verify(HfRepoId repo, FileToCommit file) {
        Optional<HubFile> found = head(repo, file.path());
        if (found.isEmpty()) {
            return Verification.ABSENT;
        }
        try (InputStream in = file.content().open()) {
            return found.get().holds(ContentDigest.read(in, file.size())) ? Verification.MATCHES : Verification.DIFFERS;
        } catch (IOException e) {
            throw new HubException(FailureKind.SOURCE_UNREADABLE, 0,
                    "cannot read the source of " + file.path() + ": " + e);
        }
    }

    /**
     * Writes {@code files} in commits of at most {@code HF_MAX_FILES_PER_COMMIT}, at most
     * {@code HF_MAX_COMMITS_PER_HOUR} an hour (waiting for the window when needed). Returns one outcome
     * per file, in the order given. Never throws for the Hub's failures: they are outcomes; after one
     * that {@link FailureKind#stopsRun() stops the run}, the remaining files are reported with it unsent.
     */
    public List<FileOutcome> commit(HfRepoId repo, List<FileToCommit> files, String summary) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> {
            if (!paths.add(f.path())) {
                throw new IllegalArgumentException("path listed twice: " + f.path());
            }
        });
        Map<String, FileOutcome> settled = new LinkedHashMap<>();
        HubException stop = null;
        int size = settings.maxFilesPerCommit();
        for (int from = 0; from < files.size(); from += size) {
            List<FileToCommit> batch = files.subList(from, Math.min(files.size(), from + size));
            if (stop == null) {
                stop = commitBatch(repo, batch, summary, settled);
            }
            if (stop != null) {
                String reason = stop.getMessage();
                FailureKind kind = stop.kind();
                batch.stream().filter(f -> !settled.containsKey(f.path()))
                        .forEach(f -> settled.put(f.path(), FileOutcome.failed(f.path(), kind, reason)));
                stop = kind.stopsRun() ? stop : null;
            }
        }
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        files.forEach(f -> outcomes.add(settled.get(f.path())));
        return outcomes;
    }

    /** Commits one batch into {@code settled}; returns the failure that ended it early, if any. */
    private HubException commitBatch(HfRepoId repo, List<FileToCommit> batch, String summary,
            Map<String, FileOutcome> settled) {
        List<CheckedFile> checked = new ArrayList<>();
        for (FileToCommit file : batch) {
            CheckedFile.Checked result = CheckedFile.check(file);
            if (result.refusal() != null) {
                settled.put(file.path(), result.refusal());
            } else {
                checked.add(result.file());
            }
        }
        try {
            committer.commit(repo, checked, summary, settled);
            return null;
        } catch (HubException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HubException(FailureKind.INTERRUPTED, 0, "commit to " + repo + " interrupted");
        }
    }

    private <T> T interruptible(HubCall<T> call, String what) {
        try {
            return call.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException(FailureKind.INTERRUPTED, 0, what + ": interrupted");
        }
    }

    /** A Hub call that may wait (backoff, Retry-After) and so be interrupted. */
    @FunctionalInterface
    private interface HubCall<T> {
        T run() throws InterruptedException;
    }
}
