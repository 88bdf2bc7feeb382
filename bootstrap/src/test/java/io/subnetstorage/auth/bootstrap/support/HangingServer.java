package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP server on a free loopback port that accepts every connection and never answers, as a store that
 * has stopped responding does. It counts what it accepted, so a test can tell how many requests reached it,
 * and {@link #refuseHeld} ends the held requests with a 403 (an answer no client retries).
 */
public final class HangingServer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new ArrayList<>();
    private int accepted;

    public HangingServer() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port", e);
        }
        Thread acceptor = new Thread(this::acceptForever, "hanging-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Connections accepted so far. */
    public synchronized int accepted() {
        return accepted;
    }

    /** Waits until at least {@code count} connections have been accepted; fails after {@code deadline}. */
    public synchronized void awaitAccepted(int count, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (accepted < count) {
            long left = Duration.between(Instant.now(), end).toMillis();
            if (left <= 0) {
                throw new AssertionError("only " + accepted + " of " + count + " connections arrived within " + deadline);
            }
            wait(left);
        }
    }

    /** Answers every held connection with 403 and closes it; later connections are held again. */
    public synchronized void refuseHeld() {
        for (Socket socket : held) {
            try (OutputStream out = socket.getOutputStream()) {
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException alreadyGone) {
                // the client gave up first; nothing to answer
            }
        }
        held.clear();
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                synchronized (this) {
                    held.add(socket);
                    accepted++;
                    notifyAll();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
        held.clear();
    }
}
