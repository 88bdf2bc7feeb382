package io.subnetstorage.auth.bittensor.metagraph;

/** One connection to a node: sends a JSON-RPC payload and waits (bounded) for the reply text. */
interface RpcTransport extends AutoCloseable {

    String exchange(String payload);

    @Override
    void close();
}
