package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.util.List;

/**
 * Checks that {@code signer} signed {@code message}. An address that does not decode (bad checksum,
 * wrong prefix) is simply a failed verification: the contract cannot tell the two apart.
 */
public interface SignatureVerifier {

    boolean verify(Ss58Address signer, byte[] message, Signature signature);

    /**
     * Checks many signatures at once; element {@code i} of the answer is {@link #verify} of item {@code i}.
     * An implementation may check them together (sr25519 batch verification: one multiscalar
     * multiplication) and look at single ones only to find which failed.
     */
    default boolean[] verifyAll(List<SignedMessage> items) {
        boolean[] valid = new boolean[items.size()];
        for (int i = 0; i < valid.length; i++) {
            SignedMessage item = items.get(i);
            valid[i] = verify(item.signer(), item.message(), item.signature());
        }
        return valid;
    }
}
