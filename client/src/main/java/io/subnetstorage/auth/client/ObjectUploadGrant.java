package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grant to upload one object: {@code PUT} the body to {@code url} sending exactly {@code headers} (they are
 * signed into the URL), or {@code POST} {@code fields} and the file as a form. It comes from
 * {@code /get-file-upload-url}, or from an entry of {@code uploads} in a {@code /get-folder-access} answer
 * (always PUT there); {@code expiresAt} is when it was received plus {@code expires_in_seconds}.
 */
public record ObjectUploadGrant(String key, String method, URI url, Map<String, String> fields, Map<String, String> headers,
        Instant expiresAt) {

    public ObjectUploadGrant {
        // In the order the service sent them, as boto3 builds forms.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** {@code {s3_key, url, fields, expires_in_seconds, method, headers}}, received at {@code now}. */
    static ObjectUploadGrant fromFileUploadAnswer(JsonNode answer, Instant now) {
        return new ObjectUploadGrant(answer.path("s3_key").asText(), answer.path("method").asText("POST"), url(answer),
                strings(answer.path("fields")), strings(answer.path("headers")), expiry(answer, now));
    }

    /** One entry of a folder answer's {@code uploads}: {@code {url, headers, expires_in_seconds}}. */
    static ObjectUploadGrant fromFolderUpload(String key, JsonNode entry, Instant now) {
        return new ObjectUploadGrant(key, "PUT", url(entry), Map.of(), strings(entry.path("headers")), expiry(entry, now));
    }

    public boolean isPut() {
        return "PUT".equalsIgnoreCase(method);
    }

    /** Still worth using: it will not expire within {@code margin} of {@code now}. */
    public boolean usableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    ObjectNode toJson() {
        ObjectNode json = ServiceClient.JSON.createObjectNode();
        json.put("key", key);
        json.put("method", method);
        json.put("url", url.toString());
        fields.forEach(json.putObject("fields")::put);
        headers.forEach(json.putObject("headers")::put);
        json.put("expires_at", expiresAt.toString());
        return json;
    }

    static ObjectUploadGrant fromJson(JsonNode json) {
        return new ObjectUploadGrant(json.path("key").asText(), json.path("method").asText(), url(json), strings(json.path("fields")),
                strings(json.path("headers")), Instant.parse(json.path("expires_at").asText()));
    }

    private static URI url(JsonNode node) {
        String url = node.path("url").asText("");
        if (url.isEmpty()) {
            throw new ClientException("an upload grant without a URL: " + ServiceClient.abbreviate(node.toString()));
        }
        return URI.create(url);
    }

    private static Instant expiry(JsonNode node, Instant now) {
        return now.plusSeconds(node.path("expires_in_seconds").asLong(0));
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
