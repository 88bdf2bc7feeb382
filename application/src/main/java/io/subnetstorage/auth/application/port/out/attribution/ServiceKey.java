package io.subnetstorage.auth.application.port.out.attribution;

import java.util.Objects;

/** The public half of the service's attribution key: its SS58 address and its 32 bytes in hex. */
public record ServiceKey(String ss58, String publicKeyHex) {

    public ServiceKey {
        Objects.requireNonNull(ss58, "ss58");
        Objects.requireNonNull(publicKeyHex, "publicKeyHex");
    }
}
