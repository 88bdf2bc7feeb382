package io.subnetstorage.auth.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback HTTP server for tests: each path answers through a handler; every request is recorded. */
final class FakeHttp implements AutoCloseable {

    record Request(String method, String path, String query, String contentType, byte[] body, Map<String, List<String>> headers) {
        String text() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }

        /** A header's first value, by name in any case, or null. */
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(entry -> entry.getValue().get(0)).orElse(null);
        }
    }

    record Response(int status, String contentType, String body, Map<String, String> headers) {
        Response(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        static Response json(String body) {
            return new Response(200, "application/json", body);
        }
    }

    interface Handler {
        Response handle(Request request) throws Exception;
    }

    static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5));

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    FakeHttp on(String path, Handler handler) {
        server.createContext(path, exchange -> answer(exchange, handler));
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes(),
                Map.copyOf(exchange.getRequestHeaders()));
        requests.add(request);
        Response response;
        try {
            response = handler.handle(request);
        } catch (Exception e) {
            response = new Response(599, "text/plain", e.toString());
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
