package io.subnetstorage.auth.bittensor.identity;

import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.port.out.attribution.ServiceKey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The service's attribution key as sr25519, signing exactly as Bittensor clients sign (context "substrate"),
 * so polkadot-js's {@code signatureVerify} checks a receipt with the published address alone. Older keys
 * are kept as addresses only: nothing is signed with them any more.
 */
public final class Sr25519ReceiptSigner implements ReceiptSigner {

    private static final Pattern BARE_SEED = Pattern.compile("[0-9a-fA-F]{64}");

    private final Sr25519Keypair key;
    private final List<String> previous;

    public Sr25519ReceiptSigner(Sr25519Keypair key, List<String> previous) {
        this.key = Objects.requireNonNull(key, "key");
        this.previous = List.copyOf(previous);
    }

    /**
     * A key from a secret URI ({@code //Alice}, a mnemonic with an optional derivation path, a {@code 0x} seed
     * or 64 hex digits), and older keys each as an SS58 address or such a secret. Throws
     * IllegalArgumentException naming which entry is bad, never its value (it may be a secret).
     */
    public static Sr25519ReceiptSigner fromSecrets(String secret, List<String> previousKeys) {
        return new Sr25519ReceiptSigner(keypair(secret, "the key"), addressesOf(previousKeys));
    }

    /** The SS58 addresses of older keys given as addresses or secrets; throws as {@link #fromSecrets} does. */
    public static List<String> addressesOf(List<String> keys) {
        return keys.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> isAddress(entry) ? entry : keypair(entry, "a previous key").address()).toList();
    }

    /** Whether {@code text} is a usable secret (for start-up checks, before any key is needed). */
    public static boolean isSecret(String text) {
        try {
            keypair(text, "the key");
            return true;
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }

    /** A fresh random key's secret, as {@code 0x} and 64 hex digits, for a deployment that keeps its own. */
    public static String newSecret() {
        byte[] seed = new byte[32];
        new java.security.SecureRandom().nextBytes(seed);
        return "0x" + java.util.HexFormat.of().formatHex(seed);
    }

    @Override
    public ServiceKey current() {
        return new ServiceKey(key.address(), key.publicKeyHex());
    }

    @Override
    public List<String> previous() {
        return previous;
    }

    @Override
    public Signature sign(byte[] message) {
        return key.sign(message);
    }

    private static boolean isAddress(String text) {
        try {
            Ss58.decode(text, Ss58.GENERIC_PREFIX);
            return true;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static Sr25519Keypair keypair(String secret, String what) {
        String text = secret == null ? "" : secret.trim();
        try {
            return Sr25519Keypair.fromUri(BARE_SEED.matcher(text).matches() ? "0x" + text : text);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException(what + " is not a secret URI, mnemonic or 32-byte seed");
        }
    }
}
