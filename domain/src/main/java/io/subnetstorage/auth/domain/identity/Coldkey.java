package io.subnetstorage.auth.domain.identity;

import java.util.Objects;

/** The SS58 address of the coldkey that owns a hotkey. */
public record Coldkey(Ss58Address address) {

    public Coldkey {
        Objects.requireNonNull(address, "address");
    }

    public static Coldkey of(String ss58) {
        return new Coldkey(new Ss58Address(ss58));
    }

    public String value() {
        return address.value();
    }

    @Override
    public String toString() {
        return address.value();
    }
}
