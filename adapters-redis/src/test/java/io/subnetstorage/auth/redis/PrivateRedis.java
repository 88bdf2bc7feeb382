package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of the test's own on a free port, which the test may kill and start again. Outage
 * tests must never stop the shared Redis other tests and services use.
 */
final class PrivateRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private PrivateRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Picks a free port but does not start the server yet. */
    static PrivateRedis onFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new PrivateRedis(probe.getLocalPort(), Files.createTempDirectory("private-redis"));
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    PrivateRedis start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile());
        try {
            process = builder.start();
        } catch (IOException e) {
            fail("the outage tests start their own redis-server, but none is on the PATH: " + e.getMessage());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!answersPing()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("redis-server on port " + port + " did not start; see " + dir.resolve("redis.log"));
            }
            Thread.sleep(20);
        }
        return this;
    }

    /** SIGKILL: no goodbye to clients, as when a host or container dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            fail("redis-server on port " + port + " did not stop");
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process != null && process.isAlive()) {
            kill();
        }
        Files.deleteIfExists(dir.resolve("redis.log"));
        Files.deleteIfExists(dir);
    }
}
