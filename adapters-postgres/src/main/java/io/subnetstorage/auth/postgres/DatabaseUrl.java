package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DATABASE_URL} as deployments write it: libpq's {@code postgres://user:pass@host:port/db?params}
 * (also {@code postgresql://}) or a JDBC URL, turned into what a JDBC pool needs. Credentials in a JDBC URL
 * stay in it (the driver reads {@code user} and {@code password} parameters itself).
 */
public final class DatabaseUrl {

    private static final int DEFAULT_PORT = 5432;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private DatabaseUrl(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** Throws {@link IllegalArgumentException} for blank text or a scheme that is not PostgreSQL. */
    public static DatabaseUrl parse(String text) {
        Objects.requireNonNull(text, "text");
        String url = text.strip();
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(url, null, null);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must be postgres://, postgresql:// or jdbc:postgresql:");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // Without the cause: its message quotes the whole URL, password included.
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL has no host");
        }
        String host = uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
        String user = null;
        String pass = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            pass = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new DatabaseUrl(jdbc, user, pass);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username).filter(u -> !u.isEmpty());
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** Micronaut properties for the named datasource: {@code datasources.<name>.url}, username, password. */
    public Map<String, Object> datasourceProperties(String name) {
        String prefix = "datasources." + name + ".";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(prefix + "url", jdbcUrl);
        properties.put(prefix + "driver-class-name", "org.postgresql.Driver");
        username().ifPresent(u -> properties.put(prefix + "username", u));
        password().ifPresent(p -> properties.put(prefix + "password", p));
        return properties;
    }

    private static String decode(String part) {
        // URLDecoder would turn '+' into a space; in a URL's user info '+' is literal.
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Never shows the password or any query parameter (where JDBC URLs carry one): this ends up in start-up logs. */
    @Override
    public String toString() {
        return RedactedUri.scrub(jdbcUrl)
                + username().map(u -> " as " + u).orElse("")
                + (password == null ? "" : " (password set)");
    }
}
