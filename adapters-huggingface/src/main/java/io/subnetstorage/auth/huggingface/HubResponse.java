package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of the Hub, or its absence ({@code status} 0: the connection failed or was reset, so the
 * request may or may not have been carried out).
 */
record HubResponse(int status, HttpHeaders headers, byte[] body, IOException cause) {

    static HubResponse noAnswer(IOException cause) {
        return new HubResponse(0, HttpHeaders.of(Map.of(), (name, value) -> true), new byte[0], cause);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Worth trying again: throttled, a server-side failure, or no answer at all. */
    boolean transientFailure() {
        return status == 0 || status == 429 || status >= 500;
    }

    /** The outcome of a write is unknown: it may have been carried out before the failure. */
    boolean uncertain() {
        return status == 0 || status >= 500;
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new HubException(FailureKind.REJECTED, status, "the Hub answered HTTP " + status
                    + " with a body that is not JSON: " + snippet());
        }
    }

    /** The Hub's own error text: {@code {"error": ...}}, {@code X-Error-Message}, or the start of the body. */
    String errorText() {
        if (status == 0) {
            return "no answer (" + cause + ")";
        }
        try {
            JsonNode error = Json.MAPPER.readTree(body).path("error");
            if (error.isTextual()) {
                return error.asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // fall through to the header and the raw body
        }
        return header("X-Error-Message").orElseGet(this::snippet);
    }

    /** {@code HTTP 503: Service Unavailable}, or why there was no answer. */
    String describe() {
        return status == 0 ? errorText() : "HTTP " + status + ": " + errorText();
    }

    private String snippet() {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
