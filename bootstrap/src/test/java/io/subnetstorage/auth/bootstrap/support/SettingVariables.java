package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * Every environment variable the service reads, with the property it fills, read from application.yml itself
 * ({@code ssa.limits.per-miner: ${DAILY_LIMIT_PER_MINER:}}), so that a variable added there is covered by the tests
 * that clear or check them all without anyone updating a list.
 */
public final class SettingVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):[^}]*}");
    private static final Map<String, String> BY_PROPERTY = load();

    private SettingVariables() {
    }

    /** Property name ({@code ssa.limits.per-miner}) to environment variable ({@code DAILY_LIMIT_PER_MINER}). */
    public static Map<String, String> byProperty() {
        return BY_PROPERTY;
    }

    private static Map<String, String> load() {
        try (InputStream yml = SettingVariables.class.getClassLoader().getResourceAsStream("application.yml")) {
            Map<String, Object> root = new Yaml().load(yml);
            Map<String, String> found = new TreeMap<>();
            collect("ssa", root.get("ssa"), found);
            return Map.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(String path, Object node, Map<String, String> found) {
        if (node instanceof Map<?, ?> children) {
            children.forEach((key, child) -> collect(path + "." + key, child, found));
        } else if (node instanceof String value) {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            if (placeholder.matches()) {
                found.put(path, placeholder.group(1));
            }
        }
    }
}
