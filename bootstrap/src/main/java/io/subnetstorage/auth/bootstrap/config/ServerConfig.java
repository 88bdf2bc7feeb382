package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The HTTP server: HOST (bind address), PORT and SHUTDOWN_GRACE (how long in-flight requests may take to finish once
 * a stop is asked for). HOST defaults to loopback with the development metagraph, whose keys are public, and to
 * every interface otherwise (SPEC §12).
 */
@ConfigurationProperties("ssa.server")
public class ServerConfig implements ValidatedAtStart {

    public static final String LOOPBACK = "127.0.0.1";
    public static final String EVERY_INTERFACE = "0.0.0.0";
    private static final Pattern HOST_SYNTAX = Pattern.compile("[A-Za-z0-9._:%-]+");

    private String host;
    private String port;
    private String shutdownGrace;

    /** Where to bind: HOST, else loopback with the development metagraph and every interface otherwise. */
    public String bindHost(boolean developmentMetagraph) {
        return configuredHost().orElse(developmentMetagraph ? LOOPBACK : EVERY_INTERFACE);
    }

    /** PORT, when set; unset leaves the server's own setting (8000 in application.yml). */
    public OptionalInt port() {
        Optional<String> raw = ConfigValues.text(port);
        return raw.isEmpty() ? OptionalInt.empty() : OptionalInt.of(ConfigValues.integer("PORT", port, 0, 0, 65535));
    }

    public Duration shutdownGrace() {
        return ConfigValues.duration("SHUTDOWN_GRACE", shutdownGrace, Duration.ofSeconds(10), Duration.ZERO,
                Duration.ofMinutes(10), "a duration from 0s to 10m");
    }

    private Optional<String> configuredHost() {
        Optional<String> raw = ConfigValues.text(host);
        if (raw.isEmpty()) {
            return raw;
        }
        String name = raw.get().replaceAll("^\\[(.*)]$", "$1");
        if (!HOST_SYNTAX.matcher(name).matches()) {
            throw ConfigValues.invalid("HOST", host, "an IP address or host name to bind, e.g. 127.0.0.1 or 0.0.0.0");
        }
        try {
            InetAddress.getByName(name);
        } catch (UnknownHostException unresolvable) {
            throw ConfigValues.invalid("HOST", host, "an address of this machine; the name does not resolve");
        }
        return Optional.of(name);
    }

    @Override
    public void validate() {
        configuredHost();
        port();
        shutdownGrace();
    }

    public void setHost(String host) {
        this.host = host;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public void setShutdownGrace(String shutdownGrace) {
        this.shutdownGrace = shutdownGrace;
    }
}
