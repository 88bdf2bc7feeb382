package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Per-miner bucket names (SPEC §8): {@code {prefix}-{first 20 characters of lower-case RFC 4648 base32 of
 * blake2b-256(UTF-8 salt || hotkey public key)}}. Bucket names are global on Hippius; the secret salt keeps
 * anyone from creating a miner's bucket before the service does.
 */
final class MinerBuckets {

    /** 20 base32 characters carry 100 bits: no two miners collide, and the name stays short. */
    static final int HASH_CHARACTERS = 20;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final String prefix;
    private final byte[] salt;

    MinerBuckets(String prefix, String salt) {
        this.prefix = prefix;
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    BucketName of(Hotkey miner) {
        byte[] publicKey = Ss58PublicKey.of(miner);
        Blake2bDigest blake = new Blake2bDigest(256);
        blake.update(salt, 0, salt.length);
        blake.update(publicKey, 0, publicKey.length);
        byte[] digest = new byte[32];
        blake.doFinal(digest, 0);
        return new BucketName(prefix + "-" + base32(digest).substring(0, HASH_CHARACTERS).toLowerCase(Locale.ROOT));
    }

    /** RFC 4648 base32 without padding. */
    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return out.toString();
    }
}
