package io.subnetstorage.auth.archfixtures.bootstrap;

/** A stand-in bootstrap class. */
public class BootstrapThing {

    public String name() {
        return "bootstrap";
    }
}
