package io.subnetstorage.auth.bootstrap.config;

/**
 * A configuration bean that parses every one of its values in {@link #validate()}. The start-up checks run it for
 * every such bean before any port is built, so a bad value stops the start with a message naming its variable
 * instead of failing the first request that reads it. Every {@code @ConfigurationProperties} class in this package
 * implements it (a test checks).
 */
public interface ValidatedAtStart {

    /** Parses every value; throws {@code ConfigurationException} naming the variable of the first bad one. */
    void validate();
}
