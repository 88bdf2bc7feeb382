package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for sr25519 in use-case tests: a signature is SHA-512(address, salt, message) with the
 * salt in its first bytes, so re-signing gives a new signature, as sr25519's randomized signatures do.
 */
final class FakeSignatures implements SignatureVerifier {

    private final AtomicInteger salt = new AtomicInteger();
    final AtomicInteger verifications = new AtomicInteger();

    Signature sign(String address, String message) {
        return Signature.of(digest(address, salt.incrementAndGet(), message));
    }

    @Override
    public boolean verify(Ss58Address signer, byte[] message, Signature signature) {
        verifications.incrementAndGet();
        byte[] bytes = signature.bytes();
        int usedSalt = ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        return MessageDigest.isEqual(bytes, digest(signer.value(), usedSalt, new String(message, StandardCharsets.UTF_8)));
    }

    private static byte[] digest(String address, int salt, String message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            sha.update(address.getBytes(StandardCharsets.UTF_8));
            sha.update(new byte[] {(byte) (salt >>> 24), (byte) (salt >>> 16), (byte) (salt >>> 8), (byte) salt});
            byte[] out = sha.digest(message.getBytes(StandardCharsets.UTF_8));
            out[0] = (byte) (salt >>> 24);
            out[1] = (byte) (salt >>> 16);
            out[2] = (byte) (salt >>> 8);
            out[3] = (byte) salt;
            return out;
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
