package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.net.http.HttpClient;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the subnet's neurons from a Subtensor node at its finalized head: the runtime API first, the
 * storage maps if the node answers that call with an error or bytes we cannot decode. A transport
 * failure is not retried through storage: the node is unreachable either way.
 */
final class SubtensorClient {

    static final String NEURONS_LITE = "NeuronInfoRuntimeApi_get_neurons_lite";

    private final SubtensorSettings settings;
    private final HttpClient http;

    SubtensorClient(SubtensorSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                .build();
    }

    ChainRead read() {
        try (RpcTransport transport = open()) {
            JsonRpcClient rpc = new JsonRpcClient(transport);
            String head = text(rpc.call("chain_getFinalizedHead"), "chain_getFinalizedHead");
            long block = blockNumber(rpc.call("chain_getHeader", head));
            try {
                return new ChainRead(runtimeApi(rpc, head), block, Optional.empty());
            } catch (RpcError | ScaleException runtimeFailure) {
                return new ChainRead(StorageMetagraphReader.read(rpc, settings.netuid(), head), block,
                        Optional.of("storage-fallback: " + runtimeFailure.getMessage()));
            }
        }
    }

    private List<Neuron> runtimeApi(JsonRpcClient rpc, String head) {
        int netuid = settings.netuid();
        String param = Hex.encode(new byte[] {(byte) netuid, (byte) (netuid >>> 8)});
        JsonNode result = rpc.call("state_call", NEURONS_LITE, param, head);
        if (!result.isTextual()) {
            throw new ScaleException("state_call result is not hex: " + result);
        }
        byte[] scale = Hex.decode(result.asText());
        return NeuronInfoLiteDecoder.decode(scale, netuid);
    }

    private RpcTransport open() {
        String scheme = settings.endpoint().getScheme().toLowerCase(Locale.ROOT);
        return scheme.startsWith("ws")
                ? WebSocketRpcTransport.open(http, settings.endpoint(), settings.requestTimeout())
                : new HttpRpcTransport(http, settings.endpoint(), settings.requestTimeout());
    }

    private static long blockNumber(JsonNode header) {
        String number = text(header.path("number"), "chain_getHeader number");
        if (!number.matches("0x[0-9a-fA-F]{1,15}")) {
            throw new SubtensorException("chain_getHeader: block number is not hex: " + number);
        }
        return HexFormat.fromHexDigitsToLong(number.substring(2));
    }

    private static String text(JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw new SubtensorException(what + ": expected a string, got " + node);
        }
        return node.asText();
    }
}
