package io.subnetstorage.auth.archfixtures.application;

import io.subnetstorage.auth.archfixtures.bootstrap.BootstrapThing;

/** Planted violation: an inner ring using the outermost one. */
public class ApplicationUsingBootstrap {

    public String name() {
        return new BootstrapThing().name();
    }
}
