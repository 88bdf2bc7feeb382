package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;

/**
 * Checks that {@code signer} signed {@code message}. An address that does not decode (bad checksum,
 * wrong prefix) is simply a failed verification: the contract cannot tell the two apart.
 */
public interface SignatureVerifier {

    boolean verify(Ss58Address signer, byte[] message, Signature signature);
}
