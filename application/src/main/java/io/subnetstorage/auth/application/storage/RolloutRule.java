package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which miners the rollout has reached: {@code int(md5(hotkey_ss58_utf8).hexdigest(), 16) % 100 < percent}
 * (SPEC §7), the same answer every instance and every Python tool gives, and stable as the percent rises.
 */
final class RolloutRule {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private RolloutRule() {
    }

    static int bucketOf(Hotkey miner) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(miner.value().getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, md5).mod(HUNDRED).intValue();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has MD5", impossible);
        }
    }

    static boolean reached(Hotkey miner, int percent) {
        return bucketOf(miner) < percent;
    }
}
