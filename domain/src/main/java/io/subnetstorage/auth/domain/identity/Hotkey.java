package io.subnetstorage.auth.domain.identity;

import java.util.Objects;

/** The SS58 address of a neuron's hotkey: the key that signs every request. */
public record Hotkey(Ss58Address address) {

    public Hotkey {
        Objects.requireNonNull(address, "address");
    }

    public static Hotkey of(String ss58) {
        return new Hotkey(new Ss58Address(ss58));
    }

    public String value() {
        return address.value();
    }

    @Override
    public String toString() {
        return address.value();
    }
}
