package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The byte transfers of an LFS upload to pre-signed storage URLs: one PUT, or the parts of a multipart
 * upload and their completion. Bodies stream from the source with their length declared (S3 refuses a
 * chunked PUT), and the URLs carry their own signature, so no token is sent.
 */
final class StorageTransfer {

    private static final String LFS_JSON = "application/vnd.git-lfs+json";
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final HubHttp http;

    StorageTransfer(HubHttp http) {
        this.http = http;
    }

    Optional<String> basic(CheckedFile file, JsonNode upload) throws InterruptedException {
        HttpRequest.Builder put = http.presigned(URI.create(upload.path("href").asText()), timeoutFor(file.size()));
        headers(upload).forEach(put::setHeader);
        String what = "upload " + file.path();
        HubResponse response = http.idempotent(put.PUT(slice(file, 0, file.size())).build(), what);
        return response.ok() ? Optional.empty() : Optional.of(what + " refused: " + response.describe());
    }

    Optional<String> multipart(CheckedFile file, JsonNode upload) throws InterruptedException {
        JsonNode header = upload.path("header");
        long chunk;
        try {
            chunk = Long.parseLong(header.path("chunk_size").asText());
        } catch (NumberFormatException e) {
            return Optional.of("the Hub offered a multipart upload with chunk_size '" + header.path("chunk_size")
                    + "'");
        }
        TreeMap<Integer, String> parts = new TreeMap<>();
        header.fields().forEachRemaining(f -> {
            if (f.getKey().matches("\\d{1,5}")) {
                parts.put(Integer.parseInt(f.getKey()), f.getValue().asText());
            }
        });
        long expected = chunk < 1 ? -1 : (file.size() + chunk - 1) / chunk;
        if (parts.isEmpty() || parts.size() != expected || parts.firstKey() != 1
                || parts.lastKey() != parts.size()) {
            return Optional.of("the Hub offered " + parts.size() + " parts of " + chunk + " bytes for "
                    + file.size() + " bytes");
        }
        ObjectNode completion = Json.MAPPER.createObjectNode().put("oid", file.sha256());
        ArrayNode done = completion.putArray("parts");
        for (Map.Entry<Integer, String> part : parts.entrySet()) {
            long offset = (part.getKey() - 1) * chunk;
            long length = Math.min(chunk, file.size() - offset);
            String what = "upload part " + part.getKey() + " of " + file.path();
            HttpRequest put = http.presigned(URI.create(part.getValue()), timeoutFor(length))
                    .PUT(slice(file, offset, length)).build();
            HubResponse response = http.idempotent(put, what);
            Optional<String> etag = response.header("ETag");
            if (!response.ok() || etag.isEmpty()) {
                return Optional.of(what + " refused: " + response.describe());
            }
            done.addObject().put("partNumber", part.getKey()).put("etag", etag.get());
        }
        String what = "complete the multipart upload of " + file.path();
        HttpRequest complete = http.presigned(URI.create(upload.path("href").asText()), timeoutFor(0))
                .header("Accept", LFS_JSON).header("Content-Type", LFS_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(completion.toString())).build();
        HubResponse response = http.idempotent(complete, what);
        return response.ok() ? Optional.empty() : Optional.of(what + " refused: " + response.describe());
    }

    /** The headers an LFS action asks for, less those java.net.http sets itself. */
    static Map<String, String> headers(JsonNode action) {
        Map<String, String> headers = new LinkedHashMap<>();
        action.path("header").fields().forEachRemaining(f -> {
            if (!RESTRICTED.contains(f.getKey().toLowerCase(Locale.ROOT)) && f.getValue().isTextual()) {
                headers.put(f.getKey(), f.getValue().asText());
            }
        });
        return headers;
    }

    /** Bytes {@code [offset, offset + length)} of the source, opened afresh for every try. */
    private static HttpRequest.BodyPublisher slice(CheckedFile file, long offset, long length) {
        if (length == 0) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                InputStream in = file.file().content().open();
                in.skipNBytes(offset);
                return new BoundedInputStream(in, length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
        }), length);
    }

    /** Two minutes plus one second per MiB: a stalled upload ends, a slow large one does not. */
    private static Duration timeoutFor(long bytes) {
        return Duration.ofMinutes(2).plusSeconds(bytes >> 20);
    }
}
