package io.subnetstorage.auth.bootstrap.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ADR 0007 asks deployments to keep the pool's connection timeout at 1-2 s, so that an outage costs a
 * client that long before its 503; Hikari's default is 30 s. The service has no setting for it yet, so
 * outage tests give Hikari its own configuration file while their datasource is built, then remove it
 * so that other test classes in this JVM get the defaults.
 */
final class ShortPoolTimeout {

    private static final String PROPERTY = "hikaricp.configurationFile";

    private ShortPoolTimeout() {
    }

    static void install() {
        try {
            Path file = Files.createTempFile("hikari-outage", ".properties");
            Files.writeString(file, "connectionTimeout=1000\nvalidationTimeout=500\n");
            file.toFile().deleteOnExit();
            System.setProperty(PROPERTY, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void remove() {
        System.clearProperty(PROPERTY);
    }
}
