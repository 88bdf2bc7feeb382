package io.subnetstorage.auth.bootstrap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for requests the JDK client will not send as written (its own Host header,
 * for one). Reads the status line and headers only.
 */
public final class RawHttp {

    /** A status and the response headers, names in lower case, each with its values in order. */
    public record Head(int status, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(values -> String.join(", ", values));
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method path} with {@code headers} (Host included, as given) and an empty body. */
    public static Head send(URI server, String method, String path, Map<String, String> headers) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, List<String>> received = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                received.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            return new Head(status, received);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
