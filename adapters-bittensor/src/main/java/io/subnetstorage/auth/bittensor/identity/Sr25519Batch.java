package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Scalar;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schnorrkel's batch verification: n signatures hold iff Σ zᵢ·(Rᵢ + kᵢ·Aᵢ − sᵢ·B) is the identity for
 * random 128-bit zᵢ, one multiscalar multiplication for the lot. The random weights keep a forger from
 * making bad signatures cancel out (soundness error 2^-128). Coefficients of one public key are summed
 * first, so a batch by one signer (a miner's attributions) costs little more than its Rᵢ. A false answer
 * says only that some signature failed: callers look closer to find which.
 */
final class Sr25519Batch {

    /** One signature of the batch: the signer's key decoded, its bytes, the signed bytes, the signature. */
    record Item(ExtendedPoint key, byte[] publicKey, byte[] message, byte[] signature) {
    }

    private static final byte[] IDENTITY = new byte[32];

    private Sr25519Batch() {
    }

    static boolean verify(List<Item> items, SecureRandom random) {
        Scalar baseCoefficient = Scalar.ZERO;
        Map<ByteBuffer, Scalar> keyCoefficients = new LinkedHashMap<>();
        Map<ByteBuffer, ExtendedPoint> keys = new LinkedHashMap<>();
        List<byte[]> scalars = new ArrayList<>();
        List<ExtendedPoint> points = new ArrayList<>();
        for (Item item : items) {
            Scalar s = Sr25519.responseOf(item.signature());
            byte[] r = Arrays.copyOfRange(item.signature(), 0, 32);
            ExtendedPoint bigR = s == null ? null : RistrettoCodec.decode(r);
            if (bigR == null) {
                return false;
            }
            Scalar z = weight(random);
            Scalar k = Sr25519.challenge(item.publicKey(), item.message(), r);
            baseCoefficient = z.multiplyAndAdd(s, baseCoefficient);
            ByteBuffer signer = ByteBuffer.wrap(item.publicKey());
            keys.putIfAbsent(signer, item.key());
            keyCoefficients.merge(signer, z.multiply(k), Scalar::add);
            scalars.add(z.toByteArray());
            points.add(bigR);
        }
        keyCoefficients.forEach((signer, coefficient) -> {
            scalars.add(coefficient.toByteArray());
            points.add(keys.get(signer));
        });
        ExtendedPoint sum = MultiscalarMultiplier.multiply(scalars, points, Scalar.ZERO.subtract(baseCoefficient).toByteArray());
        return Arrays.equals(RistrettoCodec.encode(sum), IDENTITY);
    }

    private static Scalar weight(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Arrays.fill(bytes, 16, 32, (byte) 0);
        return Scalar.fromBytesModOrder(bytes);
    }
}
