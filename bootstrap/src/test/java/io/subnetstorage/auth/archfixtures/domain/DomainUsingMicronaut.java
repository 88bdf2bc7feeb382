package io.subnetstorage.auth.archfixtures.domain;

import io.micronaut.context.ApplicationContext;

/** Planted violation: a domain class that reaches for the framework. */
public class DomainUsingMicronaut {

    public boolean running(ApplicationContext context) {
        return context.isRunning();
    }
}
