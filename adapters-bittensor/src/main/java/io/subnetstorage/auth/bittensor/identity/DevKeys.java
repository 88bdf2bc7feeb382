package io.subnetstorage.auth.bittensor.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Substrate's well-known development accounts ({@code //Alice} ... {@code //Ferdie} on the dev phrase),
 * for tests and local networks only: their secrets are public.
 */
public final class DevKeys {

    public static final String DEV_PHRASE = SubstrateUri.DEV_PHRASE;
    private static final Map<String, Sr25519Keypair> CACHE = new ConcurrentHashMap<>();

    private DevKeys() {
    }

    /** The dev account {@code //name}, e.g. {@code of("Alice")}; derivation costs milliseconds, so pairs are cached. */
    public static Sr25519Keypair of(String name) {
        return CACHE.computeIfAbsent(name, n -> Sr25519Keypair.fromUri("//" + n));
    }

    public static Sr25519Keypair alice() {
        return of("Alice");
    }

    public static Sr25519Keypair bob() {
        return of("Bob");
    }

    public static Sr25519Keypair charlie() {
        return of("Charlie");
    }

    public static Sr25519Keypair dave() {
        return of("Dave");
    }

    public static Sr25519Keypair eve() {
        return of("Eve");
    }

    public static Sr25519Keypair ferdie() {
        return of("Ferdie");
    }
}
