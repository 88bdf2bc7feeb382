package io.subnetstorage.auth.bootstrap.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A redis-server of the test's own on a free loopback port, so that an outage can be staged without
 * touching the shared server. Stopping kills the process; starting again reuses the port.
 */
final class PrivateRedis implements AutoCloseable {

    private final int port;
    private final Optional<String> password;
    private Process process;

    PrivateRedis() throws IOException {
        this(Optional.empty());
    }

    /** With a password, clients must AUTH with it (the URL carries it as {@code redis://:password@host:port}). */
    PrivateRedis(Optional<String> password) throws IOException {
        this.password = password;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
    }

    String url() {
        return "redis://" + password.map(secret -> ":" + secret + "@").orElse("") + "127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
        password.ifPresent(secret -> command.addAll(List.of("--requirepass", secret)));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!accepting()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            Thread.sleep(20);
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
