package io.subnetstorage.auth.bittensor.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * BIP-39 English mnemonics the Substrate way (substrate-bip39): the seed is PBKDF2-HMAC-SHA512 over the
 * mnemonic's ENTROPY, not over the phrase as in Bitcoin's BIP-39, salted with "mnemonic" + password,
 * 2048 rounds, first 32 bytes. A Bitcoin-style seed would give different keys from every wallet.
 */
final class Bip39 {

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        String[] words = Bip39Words.ENGLISH.split(" ");
        for (int i = 0; i < words.length; i++) {
            INDEX.put(words[i], i);
        }
    }

    private Bip39() {
    }

    static boolean looksLikeMnemonic(String phrase) {
        int count = phrase.trim().split("\\s+").length;
        return count >= 12 && count <= 24 && count % 3 == 0;
    }

    static byte[] miniSecret(String phrase, String password) {
        PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SHA512Digest());
        byte[] salt = ("mnemonic" + password).getBytes(StandardCharsets.UTF_8);
        pbkdf2.init(entropy(phrase), salt, 2048);
        byte[] seed = ((KeyParameter) pbkdf2.generateDerivedParameters(512)).getKey();
        return Arrays.copyOf(seed, 32);
    }

    /** The entropy a phrase encodes, after checking its words and its SHA-256 checksum bits. */
    static byte[] entropy(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        if (!looksLikeMnemonic(phrase)) {
            throw new IllegalArgumentException("a mnemonic has 12, 15, 18, 21 or 24 words");
        }
        int totalBits = words.length * 11;
        int checksumBits = totalBits / 33;
        byte[] bits = new byte[(totalBits + 7) / 8];
        for (int w = 0; w < words.length; w++) {
            Integer index = INDEX.get(words[w]);
            if (index == null) {
                throw new IllegalArgumentException("not a BIP-39 English word: " + words[w]);
            }
            for (int b = 0; b < 11; b++) {
                if ((index & (1 << (10 - b))) != 0) {
                    int bit = w * 11 + b;
                    bits[bit / 8] |= (byte) (0x80 >>> (bit % 8));
                }
            }
        }
        byte[] entropy = Arrays.copyOf(bits, (totalBits - checksumBits) / 8);
        int expected = (sha256(entropy)[0] & 0xff) >>> (8 - checksumBits);
        int actual = (bits[entropy.length] & 0xff) >>> (8 - checksumBits);
        if (expected != actual) {
            throw new IllegalArgumentException("mnemonic checksum mismatch");
        }
        return entropy;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
