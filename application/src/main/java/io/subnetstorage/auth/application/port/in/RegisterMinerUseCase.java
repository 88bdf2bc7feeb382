package io.subnetstorage.auth.application.port.in;

/** {@code POST /register-miner}: 409 when registered already; a deregistered miner re-registers, cancelling its cleanup. */
public interface RegisterMinerUseCase {

    MinerRegistered register(RegisterMinerCommand command);
}
