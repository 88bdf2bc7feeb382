package io.subnetstorage.auth.bootstrap.e2e;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana query) reads, and the label values it matches on.
 * Not a parser: it removes what cannot be a metric name (strings, label matchers, ranges, grouping
 * lists, function names, keywords, numbers and durations) and keeps the identifiers left.
 */
final class PromqlMetricNames {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*\\w+\\s*\\)\\s*$");

    private PromqlMetricNames() {
    }

    static Set<String> in(String expression) {
        String text = LABEL_VALUES.matcher(expression).replaceFirst("$1");
        text = text.replaceAll("\\{[^}]*\\}", " ")
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ");
        text = GROUPING.matcher(text).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group().toLowerCase(java.util.Locale.ROOT))) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    /** Values a label is matched against: {@code label="a"} gives a, {@code label=~"a|b"} gives a and b. */
    static Set<String> labelValues(String expression, String label) {
        Set<String> values = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\b" + label + "\\s*=~?\\s*\"([^\"]*)\"").matcher(expression);
        while (matcher.find()) {
            values.addAll(Set.of(matcher.group(1).split("\\|")));
        }
        return values;
    }
}
