package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A PUT-only store and the service in front of it, on a {@link FakeHttp}: {@code /get-folder-access} answers one
 * PUT grant per announced file (headers signing its size, type and SHA-256, as the Hippius adapter signs them);
 * {@code /put/<key>} accepts a body only with exactly those headers, as Hippius does, and answers its MD5 as ETag.
 * {@link #tamper} changes the headers of the grants handed out next; {@link #refuseAll} refuses every PUT.
 */
final class PutStore {

    static final long LIFETIME_SECONDS = 3600;

    private final FakeHttp http;
    private final Map<String, Map<String, String>> signed = new ConcurrentHashMap<>();
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private volatile UnaryOperator<ObjectNode> tamper = UnaryOperator.identity();
    private volatile boolean refusing;

    PutStore(FakeHttp http, String folder) {
        this.http = http;
        http.on("/get-folder-access", request -> FakeHttp.Response.json(answer(ServiceClient.JSON.readTree(request.body()), folder)));
        http.on("/put/", this::put);
    }

    void tamper(UnaryOperator<ObjectNode> headers) {
        this.tamper = headers;
    }

    /** Refuses every PUT while set, as a store does after the signing key was rotated. */
    void refuseAll(boolean refusing) {
        this.refusing = refusing;
    }

    private String answer(JsonNode request, String folder) {
        ObjectNode answer = ServiceClient.JSON.createObjectNode();
        answer.put("folder", folder);
        answer.put("method", "PUT");
        answer.putNull("url");
        answer.putObject("fields");
        answer.put("expiry", "2030-01-01T00:00:00");
        ObjectNode uploads = answer.putObject("uploads");
        for (JsonNode file : request.path("files")) {
            String key = folder + file.path("key").asText();
            ObjectNode headers = ServiceClient.JSON.createObjectNode();
            headers.put("Content-Length", file.path("size").asText());
            headers.put("Content-Type", "application/octet-stream");
            headers.put("x-amz-meta-sha256", file.path("sha256").asText());
            headers = tamper.apply(headers);
            Map<String, String> expected = new ConcurrentHashMap<>();
            headers.fields().forEachRemaining(header -> expected.put(header.getKey(), header.getValue().asText()));
            signed.put(key, expected);
            ObjectNode grant = uploads.putObject(key);
            grant.put("url", http.uri("/put/" + key).toString());
            grant.set("headers", headers);
            grant.put("expires_in_seconds", LIFETIME_SECONDS);
        }
        return answer.toString();
    }

    private FakeHttp.Response put(FakeHttp.Request request) throws Exception {
        String key = request.path().substring("/put/".length());
        Map<String, String> expected = signed.get(key);
        boolean matches = !refusing && "PUT".equals(request.method()) && expected != null && expected.entrySet().stream()
                .allMatch(header -> header.getValue().equals(request.header(header.getKey())));
        if (!matches) {
            return new FakeHttp.Response(403, "application/xml", "<?xml version=\"1.0\"?><Error><Code>SignatureDoesNotMatch</Code>"
                    + "<Message>The request signature we calculated does not match the signature you provided</Message></Error>");
        }
        objects.put(key, request.body());
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(request.body()));
        return new FakeHttp.Response(200, "text/plain", "", Map.of("ETag", "\"" + md5 + "\""));
    }
}
