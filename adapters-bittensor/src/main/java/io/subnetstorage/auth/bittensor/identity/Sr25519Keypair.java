package io.subnetstorage.auth.bittensor.identity;

import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An sr25519 key pair that signs exactly as Bittensor clients do ({@code keypair.sign(message)} with
 * the signing context "substrate"). Signatures are randomized, so signing the same message twice gives
 * different, equally valid signatures. Keys come from a mnemonic, a Substrate URI or a 32-byte seed.
 */
public final class Sr25519Keypair {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey secret;
    private final byte[] publicKey;

    private Sr25519Keypair(SecretKey secret) {
        this.secret = secret;
        this.publicKey = secret.publicKey();
    }

    /** A key from a 32-byte mini-secret seed (what polkadot-js calls a seed, Substrate a MiniSecretKey). */
    public static Sr25519Keypair fromSeed(byte[] miniSecret) {
        return new Sr25519Keypair(SecretKey.expandEd25519(miniSecret));
    }

    /** {@link #fromSeed(byte[])} from 64 hex digits, with or without {@code 0x}. */
    public static Sr25519Keypair fromSeedHex(String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        return fromSeed(HexFormat.of().parseHex(digits));
    }

    /** A BIP-39 English mnemonic, decoded the Substrate way (see {@code Bip39}); the checksum is checked. */
    public static Sr25519Keypair fromMnemonic(String phrase) {
        return fromMnemonic(phrase, "");
    }

    public static Sr25519Keypair fromMnemonic(String phrase, String password) {
        return fromSeed(Bip39.miniSecret(phrase, password));
    }

    /**
     * A Substrate secret URI: {@code "//Alice"}, {@code "<mnemonic>//hot/3"}, {@code "0x<seed>//hard"},
     * {@code "<mnemonic>///password"}. Throws IllegalArgumentException for anything else.
     */
    public static Sr25519Keypair fromUri(String uri) {
        SubstrateUri parsed = SubstrateUri.parse(uri);
        SecretKey key = SecretKey.expandEd25519(parsed.miniSecret());
        for (Junction junction : parsed.path()) {
            key = Hdkd.derive(key, junction, RANDOM);
        }
        return new Sr25519Keypair(key);
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String publicKeyHex() {
        return HexFormat.of().formatHex(publicKey);
    }

    /** The SS58 address with Bittensor's prefix 42. */
    public String address() {
        return address(Ss58.GENERIC_PREFIX);
    }

    public String address(int prefix) {
        return Ss58.encode(publicKey, prefix);
    }

    public Ss58Address ss58Address() {
        return new Ss58Address(address());
    }

    public Signature sign(byte[] message) {
        return Signature.of(Sr25519.sign(secret, publicKey, message, RANDOM));
    }

    /** Signs the UTF-8 bytes of {@code message}, as clients sign commitment strings. */
    public Signature sign(String message) {
        return sign(message.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs {@code <Bytes>message</Bytes>}, as polkadot-js browser wallets do. */
    public Signature signWrapped(String message) {
        return sign(BytesWrapper.wrap(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "Sr25519Keypair[" + address() + "]"; // never the secret
    }
}
