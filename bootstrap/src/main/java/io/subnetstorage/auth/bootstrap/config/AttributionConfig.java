package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.bittensor.identity.Sr25519ReceiptSigner;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ATTRIBUTION_KEY, ATTRIBUTION_KEY_PREVIOUS and ATTRIBUTION_REQUIRED (SPEC §8, §9): the service's sr25519 key
 * for receipts, older keys kept verifiable, and whether per-object uploads must carry an attribution. Without
 * it a key is generated under DATA_DIR. SPEC §9 asks for it with a real database, so that every instance signs
 * alike; a start without it is still allowed there (ADR 0019: one instance on a real database, as the shared
 * load harness runs it, is a working deployment) and the start-up report warns. Errors name the variable,
 * never its value: the key is a secret.
 */
@ConfigurationProperties("ssa.attribution")
public class AttributionConfig implements ValidatedAtStart {

    private String key;
    private String keyPrevious;
    private String required;

    public Optional<String> key() {
        return ConfigValues.text(key);
    }

    public List<String> previousKeys() {
        return ConfigValues.text(keyPrevious).map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public boolean required() {
        return ConfigValues.flag("ATTRIBUTION_REQUIRED", required, false);
    }

    /**
     * A shared database means several instances may sign receipts, and only a given key is the same on each:
     * true when they would each generate their own.
     */
    public boolean keyMayDifferBetweenInstances(DeploymentConfig deployment) {
        return key().isEmpty() && deployment.databaseUrl().isPresent();
    }

    @Override
    public void validate() {
        required();
        key().ifPresent(secret -> {
            if (!Sr25519ReceiptSigner.isSecret(secret)) {
                throw new ConfigurationException("Invalid configuration: ATTRIBUTION_KEY is not a secret URI, mnemonic or 32-byte seed");
            }
        });
        try {
            Sr25519ReceiptSigner.addressesOf(previousKeys());
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("Invalid configuration: ATTRIBUTION_KEY_PREVIOUS: " + bad.getMessage()
                    + " (a comma list of SS58 addresses or secrets)");
        }
    }

    public void setKey(String key) {
        this.key = key;
    }

    public void setKeyPrevious(String keyPrevious) {
        this.keyPrevious = keyPrevious;
    }

    public void setRequired(String required) {
        this.required = required;
    }
}
