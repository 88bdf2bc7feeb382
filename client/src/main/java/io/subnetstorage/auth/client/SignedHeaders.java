package io.subnetstorage.auth.client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headers a PUT grant signs, checked against the file before anything is sent. The store refuses a PUT
 * whose signed headers differ, and a header this client cannot send as given would only earn a 403 after the
 * whole body went over the wire; so such a grant is refused here, naming the header.
 * <ul>
 *   <li>{@code Content-Length} and {@code Host} are set by the HTTP client (from the body and the URL): they must
 *       already be what it will send;</li>
 *   <li>{@code Content-MD5}, {@code x-amz-meta-sha256} and {@code x-amz-content-sha256} describe the body: they
 *       must describe this file, or the store would keep a false record of it;</li>
 *   <li>framing and connection headers ({@code Expect}, {@code Transfer-Encoding}, aws-chunked...) are not sent;</li>
 *   <li>everything else ({@code Content-Type}, other {@code x-amz-meta-*}...) is sent exactly as given.</li>
 * </ul>
 */
final class SignedHeaders {

    private static final Set<String> FRAMING = Set.of("connection", "expect", "upgrade", "transfer-encoding", "te", "trailer",
            "keep-alive", "proxy-connection", "x-amz-decoded-content-length", "x-amz-trailer");

    private SignedHeaders() {
    }

    /** The headers to set on the PUT; a {@link ClientException} naming the header when the grant cannot be honoured. */
    static Map<String, String> toSend(ObjectUploadGrant grant, LocalFile file) {
        Map<String, String> send = new LinkedHashMap<>();
        grant.headers().forEach((name, value) -> {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "content-length" -> require(value.trim().equals(Long.toString(file.size())), grant, name, value,
                        "but the file has " + file.size() + " bytes");
                case "host" -> require(value.trim().equalsIgnoreCase(authority(grant.url())), grant, name, value,
                        "but its URL's host is " + authority(grant.url()));
                case "content-md5" -> send.put(name, require(value.trim().equals(file.md5Base64()), grant, name, value,
                        "but the file's MD5 is " + file.md5Base64()));
                case "x-amz-meta-sha256" -> send.put(name, require(value.trim().equalsIgnoreCase(file.sha256()), grant, name, value,
                        "but the file's SHA-256 is " + file.sha256()));
                case "x-amz-content-sha256" -> send.put(name, require(value.equals("UNSIGNED-PAYLOAD")
                        || value.trim().equalsIgnoreCase(file.sha256()), grant, name, value, "which this client cannot send for this file"));
                default -> send.put(name, sendable(grant, name, value));
            }
        });
        return send;
    }

    private static String sendable(ObjectUploadGrant grant, String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean framing = FRAMING.contains(lower) || lower.equals("content-encoding") && value.toLowerCase(Locale.ROOT).contains("aws-chunked");
        require(!framing, grant, name, value, "which this client does not know how to send");
        try {
            // The HTTP client's own rules: restricted names and malformed names or values are refused up front.
            HttpRequest.newBuilder(grant.url()).header(name, value);
        } catch (IllegalArgumentException e) {
            require(false, grant, name, value, "which this client does not know how to send (" + e.getMessage() + ")");
        }
        return value;
    }

    private static String require(boolean satisfied, ObjectUploadGrant grant, String name, String value, String why) {
        if (!satisfied) {
            throw new ClientException("the grant for " + grant.key() + " signs header " + name + ": " + value + ", " + why
                    + "; refusing to upload through it");
        }
        return value;
    }

    private static String authority(URI url) {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }
}
