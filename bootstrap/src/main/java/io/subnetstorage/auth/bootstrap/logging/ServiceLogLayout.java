package io.subnetstorage.auth.bootstrap.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.bootstrap.config.LogFormat;

/**
 * The one layout of logback.xml: its pattern for LOG_FORMAT=text, {@link JsonLogLine} for {@code json}. Logging starts
 * before any configuration bean, so the format is first read from the environment (a bad value logs as text until
 * the start-up checks stop the start, naming LOG_FORMAT); the configuration bean then sets it with {@link #use}, which
 * is also how a test context chooses it. Either way every message and stack trace is scrubbed of URLs' user info and
 * query, where secrets and presigned signatures live.
 */
public final class ServiceLogLayout extends PatternLayout {

    /** The MDC key of the request id ({@code %X{request_id}} in the text pattern). */
    public static final String REQUEST_ID = "request_id";

    private static volatile LogFormat format = LogFormat.parse(System.getenv("LOG_FORMAT")).orElse(LogFormat.TEXT);

    private final ThrowableProxyConverter stackTraces = new ThrowableProxyConverter();

    /** Switches every appender using this layout to {@code chosen}, from the next line on. */
    public static void use(LogFormat chosen) {
        format = chosen;
    }

    public static LogFormat format() {
        return format;
    }

    @Override
    public void start() {
        stackTraces.setContext(getContext());
        stackTraces.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        if (format == LogFormat.TEXT) {
            return super.doLayout(event);
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        String exception = thrown == null ? null : RedactedUri.scrub(stackTraces.convert(event));
        return JsonLogLine.format(event, RedactedUri.scrub(event.getFormattedMessage()), exception);
    }
}
