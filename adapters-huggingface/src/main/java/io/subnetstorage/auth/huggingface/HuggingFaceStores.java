package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;

/**
 * Entry point of the module as a store: {@code HuggingFaceStores.create(HfSettings.fromEnvironment(env, netUid))}
 * gives the {@code huggingface} mirror (SPEC §10): batch writes and a health probe, nothing else (ADR 0015).
 * Close it at shutdown like any store.
 */
public final class HuggingFaceStores {

    private HuggingFaceStores() {
    }

    public static ObjectStore create(HfSettings settings) {
        return create(HubClient.create(settings));
    }

    /** A store over a client of the caller's making (its clock and retry policy). */
    public static ObjectStore create(HubClient client) {
        return new HubObjectStore(client);
    }
}
