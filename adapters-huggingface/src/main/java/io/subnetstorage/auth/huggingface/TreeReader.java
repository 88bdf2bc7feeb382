package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a repo's branch head and tree: the listing (paged by {@code Link}) and {@code paths-info}. */
final class TreeReader {

    /** The Hub answers 413 to more paths in one paths-info call. */
    private static final int PATHS_PER_CALL = 1000;
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    private final HubHttp http;
    private final HubUrls urls;

    TreeReader(HubHttp http, HubUrls urls) {
        this.http = http;
        this.urls = urls;
    }

    /** The commit the branch points at now: the parent the next commit must name. */
    String head(HfRepoId repo) throws InterruptedException {
        String what = "read the head of " + repo;
        HubResponse response = http.idempotent(http.api(urls.revision(repo)).GET().build(), what);
        if (!response.ok()) {
            throw http.refusal(response, what);
        }
        String sha = response.json().path("sha").asText("");
        if (sha.isEmpty()) {
            throw new HubException(FailureKind.REJECTED, response.status(), what + ": the answer names no sha");
        }
        return sha;
    }

    /** Every file of the branch, following the {@code Link: <...>; rel="next"} pages. */
    Map<String, HubFile> list(HfRepoId repo) throws InterruptedException {
        Map<String, HubFile> files = new LinkedHashMap<>();
        String what = "list " + repo;
        for (Optional<URI> page = Optional.of(urls.tree(repo)); page.isPresent(); ) {
            HubResponse response = http.idempotent(http.api(page.get()).GET().build(), what);
            if (!response.ok()) {
                throw http.refusal(response, what);
            }
            for (JsonNode entry : response.json()) {
                if ("file".equals(entry.path("type").asText())) {
                    HubFile file = file(entry);
                    files.put(file.path(), file);
                }
            }
            URI current = page.get();
            page = response.header("Link").flatMap(link -> next(current, link));
        }
        return files;
    }

    /**
     * The files among {@code paths} (absent ones are left out), each with the commit that last changed it
     * when {@code withLastCommit}: that is how a commit answered with an error is found to have landed.
     */
    Map<String, Located> pathsInfo(HfRepoId repo, List<String> paths, boolean withLastCommit)
            throws InterruptedException {
        Map<String, Located> found = new LinkedHashMap<>();
        String what = "read paths-info of " + repo;
        for (int from = 0; from < paths.size(); from += PATHS_PER_CALL) {
            List<String> part = paths.subList(from, Math.min(paths.size(), from + PATHS_PER_CALL));
            // A form body, as huggingface_hub sends it; the Hub also takes JSON.
            List<String> fields = new ArrayList<>();
            part.forEach(p -> fields.add("paths=" + URLEncoder.encode(p, StandardCharsets.UTF_8)));
            fields.add("expand=" + withLastCommit);
            HttpRequest request = http.api(urls.pathsInfo(repo))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build();
            HubResponse response = http.idempotent(request, what);
            if (!response.ok()) {
                throw http.refusal(response, what);
            }
            for (JsonNode entry : response.json()) {
                if ("file".equals(entry.path("type").asText())) {
                    HubFile file = file(entry);
                    String commit = entry.path("lastCommit").path("id").asText(null);
                    found.put(file.path(), new Located(file, commit));
                }
            }
        }
        return found;
    }

    /** A file and, when asked for, the commit that last changed it. */
    record Located(HubFile file, String lastCommit) {
    }

    private static HubFile file(JsonNode entry) {
        JsonNode lfs = entry.path("lfs");
        return new HubFile(entry.path("path").asText(), entry.path("size").asLong(), entry.path("oid").asText(),
                lfs.isObject() ? lfs.path("oid").asText() : null);
    }

    private static Optional<URI> next(URI current, String link) {
        Matcher m = NEXT_LINK.matcher(link);
        return m.find() ? Optional.of(current.resolve(m.group(1))) : Optional.empty();
    }
}
