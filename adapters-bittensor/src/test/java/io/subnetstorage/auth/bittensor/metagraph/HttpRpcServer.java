package io.subnetstorage.auth.bittensor.metagraph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** The fake node over HTTP POST on 127.0.0.1; it can be stopped and restarted on the same port. */
final class HttpRpcServer implements AutoCloseable {

    private final FakeSubtensor node;
    private HttpServer server;
    private int port;

    HttpRpcServer(FakeSubtensor node) throws IOException {
        this.node = node;
        start(0);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    void stop() {
        server.stop(0);
    }

    void restart() throws IOException {
        start(port);
    }

    @Override
    public void close() {
        stop();
    }

    private void start(int wanted) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 0);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-subtensor-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] reply = node.reply(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }
}
