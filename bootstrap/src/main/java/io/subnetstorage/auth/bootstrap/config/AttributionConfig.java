package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.bittensor.identity.Sr25519ReceiptSigner;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ATTRIBUTION_KEY, ATTRIBUTION_KEY_PREVIOUS and ATTRIBUTION_REQUIRED (SPEC §8, §9): the service's sr25519 key
 * for receipts, older keys kept verifiable, and whether per-object uploads must carry an attribution. With a
 * real database the key must be given, so that every instance signs receipts with the same key; embedded, one
 * is generated under DATA_DIR. Errors name the variable, never its value: the key is a secret.
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

    /** A shared database means several instances may sign receipts: they must share the key (checked with DATABASE_URL). */
    public void requireKeyWith(DeploymentConfig deployment) {
        if (key().isEmpty() && deployment.databaseUrl().isPresent()) {
            throw new ConfigurationException("Invalid configuration: ATTRIBUTION_KEY is required with DATABASE_URL, so that every instance"
                    + " signs attribution receipts with the same key (a secret URI such as //name, a mnemonic, or a 0x-prefixed 32-byte seed)");
        }
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
