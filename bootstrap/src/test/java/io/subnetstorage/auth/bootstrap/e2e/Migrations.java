package io.subnetstorage.auth.bootstrap.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.application.testing.Eventually;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operator's migration endpoints as a test calls them, with the admin token. */
final class Migrations {

    static final String TOKEN = "migration-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Wire wire;

    Migrations(URI base) {
        this.wire = new Wire(base);
    }

    static Map<String, String> properties() {
        return Map.of("ssa.admin-token", TOKEN);
    }

    Wire.Answer start(Map<String, Object> body) {
        try {
            return wire.postRaw("/operator/migrations", JSON.writeValueAsString(body), auth());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String started(Map<String, Object> body) {
        Wire.Answer answer = start(body);
        if (answer.status() != 201) {
            throw new AssertionError("migration not started: " + answer.status() + " " + answer.text());
        }
        return answer.string("id");
    }

    Wire.Answer get(String id) {
        return wire.get("/operator/migrations/" + id, auth());
    }

    Wire.Answer list() {
        return wire.get("/operator/migrations", auth());
    }

    Wire.Answer control(String id, String action) {
        return wire.postRaw("/operator/migrations/" + id + "/" + action, "", auth());
    }

    /** Waits (up to {@code deadline}) for one of {@code states}; answers the migration then. */
    Map<String, Object> await(String id, Duration deadline, String... states) {
        Set<String> wanted = Set.of(states);
        long end = System.nanoTime() + deadline.toNanos();
        Wire.Answer last = get(id);
        while (!wanted.contains(String.valueOf(last.json().get("state")))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("migration " + id + " never reached " + wanted + ": " + last.text());
            }
            pause();
            last = get(id);
        }
        return last.json();
    }

    Map<String, Object> await(String id, String... states) {
        return await(id, Eventually.DEADLINE, states);
    }

    /** The report's lines by key: {@code size, source_etag, sha256, destination_etag, state, error}. */
    Map<String, List<String>> report(String id) {
        Wire.Answer answer = wire.get("/operator/migrations/" + id + "/report", auth());
        if (answer.status() != 200) {
            throw new AssertionError("no report: " + answer.status() + " " + answer.text());
        }
        String[] lines = answer.text().split("\n");
        if (!"key,size,source_etag,sha256,destination_etag,state,error".equals(lines[0])) {
            throw new AssertionError("header: " + lines[0]);
        }
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            List<String> fields = csv(line);
            byKey.put(fields.get(0), fields.subList(1, fields.size()));
        }
        return byKey;
    }

    private static List<String> csv(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
