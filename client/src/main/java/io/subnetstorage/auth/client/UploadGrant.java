package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A miner's upload grant as {@code /get-folder-access} returns it. It expires at the earlier of the
 * response's {@code expiry} (a UTC local date-time, as deployed) and the POST policy's own expiration;
 * the policy's {@code content-length-range} is read so files the store would refuse are never sent.
 */
public record UploadGrant(
        String folder, String method, URI url, Map<String, String> fields, Instant expiresAt, long minSize, long maxSize, JsonNode raw) {

    public static UploadGrant fromResponse(JsonNode response) {
        Map<String, String> fields = new LinkedHashMap<>();
        response.path("fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        Instant expiry = parseLocalUtc(response.path("expiry").asText(""));
        long[] range = {0, Long.MAX_VALUE};
        Optional<JsonNode> policy = decodePolicy(fields.get("policy"));
        if (policy.isPresent()) {
            Instant policyExpiry = Instant.parse(policy.get().path("expiration").asText(expiry.toString()));
            expiry = policyExpiry.isBefore(expiry) ? policyExpiry : expiry;
            for (JsonNode condition : policy.get().path("conditions")) {
                if (condition.isArray() && "content-length-range".equals(condition.path(0).asText())) {
                    range[0] = condition.path(1).asLong();
                    range[1] = condition.path(2).asLong();
                }
            }
        }
        String url = response.path("url").asText("");
        return new UploadGrant(response.path("folder").asText(), response.path("method").asText("POST"),
                url.isEmpty() ? null : URI.create(url), Map.copyOf(fields), expiry, range[0], range[1], response);
    }

    /** Still worth using: it will not expire within {@code margin} of {@code now}. */
    public boolean usableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    public boolean isPostForm() {
        return "POST".equalsIgnoreCase(method) && url != null;
    }

    /** The form fields in the order the service sent them (boto3's order), with {@code key} set. */
    Map<String, String> formFor(String key) {
        Map<String, String> ordered = new LinkedHashMap<>();
        raw.path("fields").fieldNames().forEachRemaining(name -> ordered.put(name, fields.get(name)));
        ordered.put("key", key);
        return ordered;
    }

    private static Instant parseLocalUtc(String text) {
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ClientException("grant without a readable expiry: '" + text + "'", e);
        }
    }

    private static Optional<JsonNode> decodePolicy(String policy) {
        if (policy == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ServiceClient.JSON.readTree(Base64.getDecoder().decode(policy)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
