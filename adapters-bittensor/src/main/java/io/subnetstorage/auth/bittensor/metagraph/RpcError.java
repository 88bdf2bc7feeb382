package io.subnetstorage.auth.bittensor.metagraph;

/**
 * The node answered with a JSON-RPC error object. Unlike a transport failure this means the node is up,
 * so the storage fallback is worth trying (e.g. a runtime without {@code NeuronInfoRuntimeApi}).
 */
final class RpcError extends SubtensorException {

    private static final long serialVersionUID = 1L;

    RpcError(String method, long code, String message) {
        super(method + " failed: " + code + " " + message);
    }
}
