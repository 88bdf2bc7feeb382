package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.util.Optional;

/**
 * OWNER_HOTKEY: the subnet owner's hotkey, whose signature admits a caller to the operator endpoints
 * (the other way in is ADMIN_TOKEN, in {@link DeploymentConfig}).
 */
@ConfigurationProperties("ssa.operator")
public class OperatorConfig implements ValidatedAtStart {

    private String ownerHotkey;

    public Optional<Hotkey> ownerHotkey() {
        Optional<String> raw = ConfigValues.text(ownerHotkey);
        if (raw.isPresent() && !Ss58Address.looksLikeSs58(raw.get())) {
            throw ConfigValues.invalid("OWNER_HOTKEY", ownerHotkey, "an SS58 address");
        }
        return raw.map(Hotkey::of);
    }

    @Override
    public void validate() {
        ownerHotkey();
    }

    public void setOwnerHotkey(String ownerHotkey) {
        this.ownerHotkey = ownerHotkey;
    }
}
