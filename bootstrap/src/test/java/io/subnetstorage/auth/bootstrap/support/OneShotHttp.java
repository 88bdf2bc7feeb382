package io.subnetstorage.auth.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request on a connection of its own ({@code Connection: close}), read to the end, telling apart what a
 * client can tell apart while a server stops: no answer at all (refused, or reset before a byte came back: the
 * request never reached the service), a complete answer, and a broken one (some bytes, then the connection died).
 */
public final class OneShotHttp {

    /** What came back: {@code status} 0 with {@code bytes} 0 means nothing did. */
    public record Outcome(int status, String body, int bytes, boolean complete) {

        public boolean answered() {
            return bytes > 0;
        }
    }

    private OneShotHttp() {
    }

    public static Outcome send(URI base, String method, String path, Optional<String> jsonBody) {
        return send(base, method, path, jsonBody, Map.of());
    }

    public static Outcome send(URI base, String method, String path, Optional<String> jsonBody, Map<String, String> headers) {
        StringBuilder extra = new StringBuilder();
        headers.forEach((name, value) -> extra.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = jsonBody.map(b -> b.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n" + extra + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            in.transferTo(received);
        } catch (IOException connectionEnded) {
            // judged below by what had arrived
        }
        return parse(received.toByteArray());
    }

    private static Outcome parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (raw.length == 0 || headerEnd < 0 || !text.startsWith("HTTP/1.1 ")) {
            return new Outcome(0, text, raw.length, false);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String headers = text.substring(0, headerEnd).toLowerCase(Locale.ROOT);
        String body = new String(raw, headerEnd + 4, raw.length - headerEnd - 4, StandardCharsets.UTF_8);
        int bodyBytes = raw.length - headerEnd - 4;
        boolean complete;
        int length = headers.indexOf("\r\ncontent-length:");
        if (length >= 0) {
            int end = headers.indexOf("\r\n", length + 2);
            String value = headers.substring(length + "\r\ncontent-length:".length(), end < 0 ? headers.length() : end).strip();
            complete = Integer.parseInt(value) == bodyBytes;
        } else {
            complete = headers.contains("transfer-encoding: chunked") ? body.endsWith("0\r\n\r\n") : true;
        }
        return new Outcome(status, body, raw.length, complete);
    }
}
