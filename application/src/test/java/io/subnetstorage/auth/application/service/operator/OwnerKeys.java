package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A stand-in for sr25519: a signature is SHA-512 of the address and the message, so only that pair verifies. */
final class OwnerKeys implements SignatureVerifier {

    static Signature sign(String address, String message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            sha.update(address.getBytes(StandardCharsets.UTF_8));
            return Signature.of(sha.digest(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public boolean verify(Ss58Address signer, byte[] message, Signature signature) {
        return sign(signer.value(), new String(message, StandardCharsets.UTF_8)).equals(signature);
    }
}
