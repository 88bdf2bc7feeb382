package io.subnetstorage.auth.application.port.in.operator;

/**
 * Admits a caller of the operator endpoints: the configured admin token or a fresh, single-use
 * signature by the subnet owner's hotkey. Throws {@link OperatorRefused} with the reason otherwise.
 */
public interface AuthenticateOperatorUseCase {

    Operator authenticate(AuthenticateOperatorCommand command);
}
