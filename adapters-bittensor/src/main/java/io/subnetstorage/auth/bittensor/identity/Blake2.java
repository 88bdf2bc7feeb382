package io.subnetstorage.auth.bittensor.identity;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/** Unkeyed Blake2b, the hash behind SS58 checksums and Substrate junction chain codes. */
final class Blake2 {

    private Blake2() {
    }

    static byte[] blake2b(int bits, byte[]... parts) {
        Blake2bDigest digest = new Blake2bDigest(bits);
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[bits / 8];
        digest.doFinal(out, 0);
        return out;
    }
}
