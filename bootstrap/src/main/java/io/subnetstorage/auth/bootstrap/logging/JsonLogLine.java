package io.subnetstorage.auth.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Instant;
import java.util.Map;

/**
 * One log event as one line of JSON: {@code time} (UTC, ISO-8601), {@code level}, {@code logger}, {@code thread},
 * {@code message}, {@code request_id} (while a request is handled) and {@code exception} (the whole stack trace as one
 * string, so that a shipper never splits it into lines). The message and the exception come already scrubbed.
 */
final class JsonLogLine {

    private JsonLogLine() {
    }

    static String format(ILoggingEvent event, String message, String exception) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        field(line, "level", event.getLevel().toString());
        field(line, "logger", event.getLoggerName());
        field(line, "thread", event.getThreadName());
        field(line, "message", message);
        Map<String, String> mdc = event.getMDCPropertyMap();
        String requestId = mdc == null ? null : mdc.get(ServiceLogLayout.REQUEST_ID);
        if (requestId != null) {
            field(line, "request_id", requestId);
        }
        if (exception != null && !exception.isEmpty()) {
            field(line, "exception", exception.stripTrailing());
        }
        line.setLength(line.length() - 1);
        return line.append("}\n").toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        line.append('"').append(name).append("\":");
        if (value == null) {
            line.append("null");
        } else {
            quote(line, value);
        }
        line.append(',');
    }

    /** JSON string escaping (RFC 8259): quotes, backslashes and every control character. */
    private static void quote(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
