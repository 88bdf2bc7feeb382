package io.subnetstorage.auth.application.port.in.operator;

import java.util.Objects;

/** Who acted, as revocation history records it: {@code admin-token} or {@code owner:<ss58>}. */
public record Operator(String name) {

    public static final Operator ADMIN_TOKEN = new Operator("admin-token");

    public Operator {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an operator has a name");
        }
    }

    public static Operator owner(String ss58) {
        return new Operator("owner:" + ss58);
    }
}
