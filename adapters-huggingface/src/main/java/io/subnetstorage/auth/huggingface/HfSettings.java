package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HuggingFace mirror's settings, from the {@code HF_*} variables of SPEC §7. Every refusal names the
 * variable to fix. The token never appears in {@link #toString()}.
 */
public record HfSettings(String token, URI endpoint, String namespace, HfRepoLayout layout, String repoPrefix,
        String repo, boolean privateRepos, int maxFilesPerCommit, int maxCommitsPerHour) {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");
    public static final int DEFAULT_MAX_FILES_PER_COMMIT = 100;
    public static final int DEFAULT_MAX_COMMITS_PER_HOUR = 100;
    static final int LIMIT_CEILING = 100_000;
    /** An SS58 hotkey is 48 characters: the longest prefix that still leaves a valid repo name. */
    private static final String SAMPLE_HOTKEY = "5".repeat(48);

    public HfSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("HF_TOKEN is required for the HuggingFace mirror");
        }
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = String.valueOf(endpoint.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.matches("https?") || endpoint.getHost() == null || endpoint.getQuery() != null) {
            throw new IllegalArgumentException("HF_ENDPOINT must be an http(s)://host URL, got '" + endpoint + "'");
        }
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        endpoint = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path.replaceAll("/+$", ""));
        Objects.requireNonNull(layout, "layout");
        named("HF_NAMESPACE", () -> new HfRepoId(required("HF_NAMESPACE", namespace), "x"));
        if (layout == HfRepoLayout.SINGLE) {
            named("HF_REPO", () -> new HfRepoId(namespace, required("HF_REPO (with HF_REPO_LAYOUT=single)", repo)));
        } else {
            named("HF_REPO_PREFIX", () -> new HfRepoId(namespace, required("HF_REPO_PREFIX", repoPrefix)
                    + "-" + SAMPLE_HOTKEY));
        }
        inRange("HF_MAX_FILES_PER_COMMIT", maxFilesPerCommit);
        inRange("HF_MAX_COMMITS_PER_HOUR", maxCommitsPerHour);
    }

    /**
     * The settings when {@code HF_TOKEN} is set, empty when no {@code HF_*} variable is; any other
     * {@code HF_*} variable without a token is a mistake and refused. Empty values mean "not set".
     */
    public static Optional<HfSettings> fromEnvironment(Map<String, String> env, int netUid) {
        Optional<String> token = text(env, "HF_TOKEN");
        if (token.isEmpty()) {
            env.keySet().stream().filter(k -> k.startsWith("HF_") && text(env, k).isPresent()).sorted().findFirst()
                    .ifPresent(k -> {
                        throw new IllegalArgumentException("HF_TOKEN is required when " + k + " is set");
                    });
            return Optional.empty();
        }
        URI endpoint = text(env, "HF_ENDPOINT").map(v -> parseUri("HF_ENDPOINT", v)).orElse(DEFAULT_ENDPOINT);
        HfRepoLayout layout = text(env, "HF_REPO_LAYOUT").map(HfRepoLayout::parse).orElse(HfRepoLayout.PER_MINER);
        return Optional.of(new HfSettings(token.get(), endpoint, text(env, "HF_NAMESPACE").orElse(null), layout,
                text(env, "HF_REPO_PREFIX").orElse("sn" + netUid), text(env, "HF_REPO").orElse(null),
                flag(env, "HF_PRIVATE", true),
                integer(env, "HF_MAX_FILES_PER_COMMIT", DEFAULT_MAX_FILES_PER_COMMIT),
                integer(env, "HF_MAX_COMMITS_PER_HOUR", DEFAULT_MAX_COMMITS_PER_HOUR)));
    }

    /** The repo that mirrors {@code hotkey}'s files under this layout. */
    public HfRepoId repoFor(Hotkey hotkey) {
        Objects.requireNonNull(hotkey, "hotkey");
        return layout == HfRepoLayout.SINGLE
                ? new HfRepoId(namespace, repo)
                : new HfRepoId(namespace, repoPrefix + "-" + hotkey.value());
    }

    @Override
    public String toString() {
        return "HfSettings[endpoint=" + endpoint + ", namespace=" + namespace + ", layout=" + layout.configValue()
                + ", repoPrefix=" + repoPrefix + ", repo=" + repo + ", private=" + privateRepos
                + ", maxFilesPerCommit=" + maxFilesPerCommit + ", maxCommitsPerHour=" + maxCommitsPerHour
                + ", token=(hidden)]";
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String required(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is required for the HuggingFace mirror");
        }
        return value;
    }

    private static void named(String variable, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith("HF_") ? message : variable + ": " + message, e);
        }
    }

    private static void inRange(String variable, int value) {
        if (value < 1 || value > LIMIT_CEILING) {
            throw new IllegalArgumentException(variable + " must be from 1 to " + LIMIT_CEILING + ", got " + value);
        }
    }

    private static URI parseUri(String variable, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " must be an http(s)://host URL, got '" + value + "'", e);
        }
    }

    private static boolean flag(Map<String, String> env, String variable, boolean fallback) {
        return text(env, variable).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(variable + " must be true or false, got '" + v + "'");
        }).orElse(fallback);
    }

    private static int integer(Map<String, String> env, String variable, int fallback) {
        return text(env, variable).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must be an integer from 1 to " + LIMIT_CEILING
                        + ", got '" + v + "'", e);
            }
        }).orElse(fallback);
    }
}
