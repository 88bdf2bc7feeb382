package io.subnetstorage.auth.application.port.in;

/** {@code POST /deregister-miner}: 403 when signed by neither the miner nor the owner, 404 when the miner never registered. */
public interface DeregisterMinerUseCase {

    MinerDeregistered deregister(DeregisterMinerCommand command);
}
