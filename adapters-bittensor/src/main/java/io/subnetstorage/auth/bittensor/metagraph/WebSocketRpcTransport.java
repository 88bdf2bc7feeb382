package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JSON-RPC over one WebSocket, strictly one request in flight: we never subscribe, so the next text
 * message is the reply. A timeout leaves a late reply on the wire, so the socket is aborted, not reused.
 */
final class WebSocketRpcTransport implements RpcTransport, WebSocket.Listener {

    private final Duration timeout;
    private final StringBuilder message = new StringBuilder();
    private volatile CompletableFuture<String> pending = new CompletableFuture<>();
    private WebSocket socket;

    private WebSocketRpcTransport(Duration timeout) {
        this.timeout = timeout;
    }

    static WebSocketRpcTransport open(HttpClient client, URI endpoint, Duration timeout) {
        WebSocketRpcTransport transport = new WebSocketRpcTransport(timeout);
        transport.socket = await(client.newWebSocketBuilder().connectTimeout(timeout)
                .buildAsync(endpoint, transport), timeout, "connect to " + RedactedUri.of(endpoint));
        return transport;
    }

    @Override
    public String exchange(String payload) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending = reply;
        try {
            await(socket.sendText(payload, true), timeout, "send");
            return await(reply, timeout, "reply");
        } catch (SubtensorException e) {
            socket.abort();
            throw e;
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
            String text = message.toString();
            message.setLength(0);
            pending.complete(text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        pending.completeExceptionally(new SubtensorException("unexpected binary WebSocket message"));
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        pending.completeExceptionally(new SubtensorException("WebSocket closed by the node: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        pending.completeExceptionally(new SubtensorException("WebSocket failed: " + RedactedUri.scrub(error.toString()), error));
    }

    @Override
    public void close() {
        if (socket == null || socket.isOutputClosed()) {
            return;
        }
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            socket.abort();
        } catch (InterruptedException e) {
            socket.abort();
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SubtensorException("WebSocket " + what + ": no answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof SubtensorException s ? s : new SubtensorException("WebSocket " + what + " failed: " + RedactedUri.scrub(String.valueOf(cause)), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubtensorException("interrupted during WebSocket " + what, e);
        }
    }
}
