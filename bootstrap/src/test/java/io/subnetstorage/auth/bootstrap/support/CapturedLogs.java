package io.subnetstorage.auth.bootstrap.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Every event logged in this JVM while open, with the MDC it had when written (read at once, on the writing thread).
 * <pre>{@code try (CapturedLogs logs = CapturedLogs.open()) { ...; logs.lines() } }</pre>
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    /** One event: logger, formatted message, and the request id of its MDC if any. */
    public record Line(String logger, String message, Optional<String> requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public static CapturedLogs open() {
        CapturedLogs capture = new CapturedLogs();
        capture.setContext(root().getLoggerContext());
        capture.start();
        root().addAppender(capture);
        return capture;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    protected void append(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        lines.add(new Line(event.getLoggerName(), event.getFormattedMessage(), Optional.ofNullable(mdc.get("request_id"))));
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
