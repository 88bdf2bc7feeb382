package io.subnetstorage.auth.archfixtures.domain;

import io.subnetstorage.auth.archfixtures.application.ApplicationUsingBootstrap;

/** Planted violation: the domain reaching up into the application layer. */
public class DomainUsingApplication {

    public String reach(ApplicationUsingBootstrap service) {
        return String.valueOf(service);
    }
}
