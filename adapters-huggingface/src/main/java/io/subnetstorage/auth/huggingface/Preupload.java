package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preupload call: the Hub decides per file between a regular file (inlined in the commit) and an LFS
 * file (uploaded to storage first), from the path, size and a 512-byte sample, and names the content a
 * path already holds, which is how identical files and conflicts are found before anything is sent.
 */
final class Preupload {

    /** huggingface_hub's chunk: the Hub's limit per call is not published. */
    private static final int FILES_PER_CALL = 256;

    private final HubHttp http;
    private final HubUrls urls;

    Preupload(HubHttp http, HubUrls urls) {
        this.http = http;
        this.urls = urls;
    }

    /** What the Hub says of one path. {@code existingOid} is null when the path is free. */
    record Answer(boolean lfs, String existingOid, boolean ignored) {

        /** The path holds exactly this content (an LFS oid is the SHA-256, a regular one the git blob id). */
        boolean holds(CheckedFile file) {
            return file.sha256().equals(existingOid) || file.digest().gitBlobId().equals(existingOid);
        }
    }

    Map<String, Answer> ask(HfRepoId repo, List<CheckedFile> files) throws InterruptedException {
        Map<String, Answer> answers = new HashMap<>();
        String what = "preupload to " + repo;
        Base64.Encoder base64 = Base64.getEncoder();
        for (int from = 0; from < files.size(); from += FILES_PER_CALL) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode list = body.putArray("files");
            for (CheckedFile file : files.subList(from, Math.min(files.size(), from + FILES_PER_CALL))) {
                list.addObject().put("path", file.path()).put("size", file.size())
                        .put("sample", base64.encodeToString(file.digest().sample()));
            }
            HttpRequest request = http.api(urls.preupload(repo)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            HubResponse response = http.idempotent(request, what);
            if (!response.ok()) {
                throw http.refusal(response, what);
            }
            for (JsonNode entry : response.json().path("files")) {
                String oid = entry.path("oid").asText(null);
                answers.put(entry.path("path").asText(), new Answer("lfs".equals(entry.path("uploadMode").asText()),
                        oid == null || oid.isEmpty() ? null : oid, entry.path("shouldIgnore").asBoolean(false)));
            }
        }
        for (CheckedFile file : files) {
            if (!answers.containsKey(file.path())) {
                throw new HubException(FailureKind.REJECTED, 200, what + ": the answer leaves out " + file.path());
            }
        }
        return answers;
    }
}
