package io.subnetstorage.auth.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pre-rendered HTTP requests handed out to workers. Signed requests are single-use (replay protection
 * refuses a second use), so they are never cycled: running out is reported, not hidden.
 */
final class Requests {

    private final List<byte[]> rendered;
    private final boolean reusable;
    private final AtomicInteger cursor = new AtomicInteger();

    private Requests(List<byte[]> rendered, boolean reusable) {
        this.rendered = rendered;
        this.reusable = reusable;
    }

    static Requests get(String host, String path) {
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n";
        return new Requests(List.of(request.getBytes(StandardCharsets.US_ASCII)), true);
    }

    static Requests posts(String host, String path, List<String> jsonBodies) {
        return new Requests(jsonBodies.stream().map(body -> post(host, path, body)).toList(), false);
    }

    private static byte[] post(String host, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** The next request, or null when single-use requests are used up. */
    byte[] next() {
        int index = cursor.getAndIncrement();
        if (reusable) {
            return rendered.get(0);
        }
        return index < rendered.size() ? rendered.get(index) : null;
    }
}
