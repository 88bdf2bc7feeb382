package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a free loopback port to a server (a store), that a test can cut and restore: while cut it
 * resets every connection, open or new, as a store that has gone away does, and it stays on its port so the
 * service finds the store again where it was. Bytes pass unchanged, so signatures over the Host still hold.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    public TcpRelay(URI target) {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port", e);
        }
        Thread acceptor = new Thread(this::acceptForever, "tcp-relay-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The relay's address, with the scheme of the server it relays to. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Resets every open connection and every new one, until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(TcpRelay::reset);
    }

    public void restore() {
        cut = false;
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    reset(client);
                    continue;
                }
                Socket upstream = new Socket();
                upstream.connect(target, 5000);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // A closed relay, or a server that refused: the client sees its connection end.
            }
        }
    }

    /** Copies one direction; an end of stream is passed on as a half-close, so nothing sent is lost. */
    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                in.transferTo(out);
                to.shutdownOutput();
                if (from.isOutputShutdown()) {
                    from.close();
                    to.close();
                    open.remove(from);
                    open.remove(to);
                }
            } catch (IOException e) {
                // One side went away (or was cut): the other goes too.
                reset(from);
                reset(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-relay-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(TcpRelay::reset);
    }
}
