package io.subnetstorage.auth.application.port.in.operator;

/** Which grants an access key signed that are still live: the ones a key rotation cuts off. */
public interface ListGrantsBySigningKeyUseCase {

    SignedGrants outstanding(ListGrantsBySigningKeyQuery query);
}
