package io.subnetstorage.auth.application.port.in;

/** {@code POST /get-validator-access}: a validator gets listings of all miner data. */
public interface IssueValidatorAccessUseCase {

    ValidatorAccess issue(ValidatorCommand command);
}
