package io.subnetstorage.auth.application.redaction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URI as it may be shown in a log line, an error message or {@code /healthcheck}: scheme, host, port and path,
 * never the user info ({@code user:password@}) or the query ({@code ?apikey=...}, {@code ?password=...}, a presigned
 * URL's signature), where deployments put their secrets. {@link #scrub(String)} does the same to every URI inside a
 * free text, such as an exception message that quotes one.
 */
public record RedactedUri(String value) {

    /** Characters that end a URI inside text: whitespace, quotes and angle brackets. */
    private static final String URI_CHAR = "[^\\s'\"<>";
    private static final Pattern URI_IN_TEXT = Pattern.compile(
            "(?<scheme>\\b[A-Za-z][A-Za-z0-9+.-]*://)"
                    + "(?<userinfo>" + URI_CHAR + "/?#]*@)?"
                    + "(?<rest>" + URI_CHAR + "?#]*)"
                    + "(?<query>\\?" + URI_CHAR + "#]*)?"
                    + "(?<fragment>#" + URI_CHAR + "]*)?");

    public RedactedUri {
        Objects.requireNonNull(value, "value");
    }

    public static RedactedUri of(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (uri.getHost() == null) {
            return new RedactedUri(scrub(uri.toString()));
        }
        try {
            return new RedactedUri(new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
                    .toString());
        } catch (URISyntaxException cannotRebuild) {
            return new RedactedUri(scrub(uri.toString()));
        }
    }

    /** {@code text} with the user info, query and fragment of every {@code scheme://...} in it taken out. */
    public static String scrub(String text) {
        if (text == null || text.indexOf("://") < 0) {
            return text;
        }
        Matcher uri = URI_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (uri.find()) {
            uri.appendReplacement(out, Matcher.quoteReplacement(uri.group("scheme") + uri.group("rest")));
        }
        uri.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
