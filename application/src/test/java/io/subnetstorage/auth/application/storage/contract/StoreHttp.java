package io.subnetstorage.auth.application.storage.contract;

import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** What a miner or validator does with a grant: plain HTTP against the store, no SDK. */
public final class StoreHttp {

    /** HTTP/1.1: an h2c upgrade attempt adds headers some stores refuse to sign-check. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private StoreHttp() {
    }

    /** A status and body; {@code text()} for error messages in assertions. */
    public record Reply(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean refused() {
            return status >= 400 && status < 500;
        }
    }

    public static Reply get(URI url) {
        return send(HttpRequest.newBuilder(url).GET());
    }

    public static Reply put(URI url, byte[] content) {
        return send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A PUT sending exactly {@code headers} (Content-Length is the body's: Java's client sets it itself). */
    public static Reply put(URI url, Map<String, String> headers, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                request.header(name, value);
            }
        });
        return send(request);
    }

    static Reply ofStream(java.io.InputStream in) {
        try (in) {
            return new Reply(200, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts the form with {@code key} set as a client sets it, the file last as S3 requires. */
    public static Reply post(UploadForm form, String key, byte[] file) {
        return post(form.url(), withKey(form.fields(), key), file);
    }

    public static Reply post(URI url, Map<String, String> fields, byte[] file) {
        MultipartForm body = new MultipartForm();
        fields.forEach(body::field);
        body.file("file", "upload.bin", file);
        return send(HttpRequest.newBuilder(url)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    public static Map<String, String> withKey(Map<String, String> fields, String key) {
        var copy = new java.util.LinkedHashMap<>(fields);
        copy.put("key", key);
        return copy;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
