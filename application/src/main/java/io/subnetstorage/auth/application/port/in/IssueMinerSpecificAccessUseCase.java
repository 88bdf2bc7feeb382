package io.subnetstorage.auth.application.port.in;

/** {@code POST /get-miner-specific-access}: a validator gets a listing of one miner's folder. */
public interface IssueMinerSpecificAccessUseCase {

    MinerSpecificAccess issue(ValidatorMinerCommand command);
}
