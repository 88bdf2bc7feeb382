package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts LFS files into the Hub's storage through the Git LFS batch API, before the commit that names
 * them. The batch answer decides per object: nothing to do (already stored), one pre-signed PUT
 * ({@code basic}), or HF's {@code multipart} form (parts {@code "00001"...} and {@code chunk_size} in
 * the action's header, then a completion POST to its href); then a verify call when the Hub asks for one.
 */
final class LfsUploader {

    private static final int OBJECTS_PER_BATCH = 100;
    private static final String LFS_JSON = "application/vnd.git-lfs+json";

    private final HubHttp http;
    private final HubUrls urls;
    private final StorageTransfer transfer;

    LfsUploader(HubHttp http, HubUrls urls) {
        this.http = http;
        this.urls = urls;
        this.transfer = new StorageTransfer(http);
    }

    /** Uploads what the Hub lacks; returns the files that could not be stored, by path. */
    Map<String, FileOutcome> upload(HfRepoId repo, List<CheckedFile> files) throws InterruptedException {
        Map<String, List<CheckedFile>> byOid = new LinkedHashMap<>();
        files.forEach(f -> byOid.computeIfAbsent(f.sha256(), k -> new ArrayList<>()).add(f));
        List<String> oids = List.copyOf(byOid.keySet());
        Map<String, FileOutcome> refused = new HashMap<>();
        for (int from = 0; from < oids.size(); from += OBJECTS_PER_BATCH) {
            List<String> part = oids.subList(from, Math.min(oids.size(), from + OBJECTS_PER_BATCH));
            for (JsonNode object : batch(repo, part, byOid)) {
                List<CheckedFile> owners = byOid.get(object.path("oid").asText());
                if (owners == null) {
                    continue;
                }
                Optional<String> problem = store(owners.get(0), object);
                problem.ifPresent(p -> owners.forEach(f ->
                        refused.put(f.path(), FileOutcome.failed(f.path(), FailureKind.REJECTED, p))));
            }
        }
        return refused;
    }

    private JsonNode batch(HfRepoId repo, List<String> oids, Map<String, List<CheckedFile>> byOid)
            throws InterruptedException {
        ObjectNode body = Json.MAPPER.createObjectNode().put("operation", "upload").put("hash_algo", "sha256");
        body.putArray("transfers").add("basic").add("multipart");
        body.putObject("ref").put("name", "main");
        ArrayNode objects = body.putArray("objects");
        oids.forEach(oid -> objects.addObject().put("oid", oid).put("size", byOid.get(oid).get(0).size()));
        String what = "LFS batch for " + repo;
        HttpRequest request = http.api(urls.lfsBatch(repo)).header("Accept", LFS_JSON)
                .header("Content-Type", LFS_JSON).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HubResponse response = http.idempotent(request, what);
        if (!response.ok()) {
            throw http.refusal(response, what);
        }
        return response.json().path("objects");
    }

    /** Stores one object as the batch answer says; empty when it is in storage, else why not. */
    private Optional<String> store(CheckedFile file, JsonNode object) throws InterruptedException {
        JsonNode error = object.path("error");
        if (error.isObject()) {
            return Optional.of("the LFS batch refused " + file.path() + ": " + error.path("code").asInt() + " "
                    + error.path("message").asText());
        }
        JsonNode upload = object.path("actions").path("upload");
        if (!upload.isObject()) {
            return Optional.empty();
        }
        Optional<String> problem = upload.path("header").has("chunk_size")
                ? transfer.multipart(file, upload)
                : transfer.basic(file, upload);
        JsonNode verify = object.path("actions").path("verify");
        return problem.isPresent() || !verify.isObject() ? problem : verify(file, verify);
    }

    private Optional<String> verify(CheckedFile file, JsonNode action) throws InterruptedException {
        // The verify action brings its own credentials (Basic with the token); they replace the Bearer header.
        HttpRequest.Builder request = http.api(URI.create(action.path("href").asText()))
                .header("Accept", LFS_JSON).header("Content-Type", LFS_JSON);
        StorageTransfer.headers(action).forEach(request::setHeader);
        String body = Json.MAPPER.createObjectNode().put("oid", file.sha256()).put("size", file.size()).toString();
        String what = "verify the upload of " + file.path();
        HubResponse response = http.idempotent(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), what);
        if (response.ok()) {
            return Optional.empty();
        }
        if (response.status() == 401 || response.status() == 403) {
            throw http.refusal(response, what);
        }
        return Optional.of(what + " failed: HTTP " + response.status() + ": " + response.errorText());
    }
}
