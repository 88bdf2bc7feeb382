package io.subnetstorage.auth.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/** Transfers to and from the store through presigned URLs and forms, with retries. */
final class Transfers {

    private Transfers() {
    }

    static HttpClient newHttpClient() {
        // HTTP/1.1: presigned URLs are signed for one Host, and S3-compatible stores differ in HTTP/2 support.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** POSTs {@code file} with a form's {@code fields} (the file goes last); returns the store's status and body. */
    static HttpResponse<String> postForm(HttpClient http, RetryPolicy retry, URI url, Map<String, String> fields, String key, Path file,
            long size, ProgressListener listener) {
        return Retrying.send(retry, Retrying.TRANSIENT_STORE, "upload of " + key, () -> {
            MultipartForm form = new MultipartForm();
            HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", form.contentType())
                    .POST(form.body(fields, file.getFileName().toString(), file, size, key, listener)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        });
    }

    /**
     * PUTs {@code file} to a presigned URL with exactly {@code headers}; the HTTP client adds Host and
     * Content-Length (the file's size, known up front: no chunked framing, which presigned PUTs do not allow).
     */
    static HttpResponse<String> put(HttpClient http, RetryPolicy retry, URI url, Map<String, String> headers, String key, Path file,
            long size, ProgressListener listener) {
        return Retrying.send(retry, Retrying.TRANSIENT_STORE, "upload of " + key, () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(url);
            headers.forEach(request::header);
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                    new CountingPublisher(MultipartForm.ofFile(file), key, size, listener), size);
            return http.send(request.PUT(body).build(), HttpResponse.BodyHandlers.ofString());
        });
    }

    /** GETs a presigned URL into {@code target}, through a temporary file so a broken download leaves nothing. */
    static void download(HttpClient http, RetryPolicy retry, URI url, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        HttpResponse<Path> response = Retrying.send(retry, Retrying.TRANSIENT_STORE, "download of " + target.getFileName(),
                () -> http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofFile(partial)));
        if (response.statusCode() != 200) {
            String body = Files.readString(partial);
            Files.deleteIfExists(partial);
            throw new ClientException("store answered " + response.statusCode() + " for " + target.getFileName() + ": "
                    + ServiceClient.abbreviate(body));
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** GETs a presigned URL as text, e.g. a ListObjectsV2 page. */
    static String getText(HttpClient http, RetryPolicy retry, URI url, String what) {
        HttpResponse<String> response = Retrying.send(retry, Retrying.TRANSIENT_STORE, what,
                () -> http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString()));
        if (response.statusCode() != 200) {
            throw new ClientException(what + ": store answered " + response.statusCode() + ": " + ServiceClient.abbreviate(response.body()));
        }
        return response.body();
    }

    static String md5Hex(Path file) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md5.digest());
    }
}
