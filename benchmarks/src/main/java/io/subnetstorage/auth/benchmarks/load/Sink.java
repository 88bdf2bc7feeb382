package io.subnetstorage.auth.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A fixed 200 responder on 127.0.0.1, one thread per keep-alive connection and no parsing beyond the
 * header terminator: pointing the generator at it measures the generator's own ceiling on this machine.
 */
final class Sink {

    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
            .getBytes(StandardCharsets.US_ASCII);

    private Sink() {
    }

    static ServerSocket start(int port) throws IOException {
        ServerSocket server = new ServerSocket(port, 512, InetAddress.getLoopbackAddress());
        Workers.start("sink-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    socket.setTcpNoDelay(true);
                    Workers.start("sink", () -> serve(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server;
    }

    private static void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream()); OutputStream out = socket.getOutputStream()) {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                // GET requests only: the end of the headers is the end of the request.
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    out.write(RESPONSE);
                    out.flush();
                    matched = 0;
                }
            }
        } catch (IOException gone) {
            // the generator closed the connection
        }
    }
}
