package io.subnetstorage.auth.application.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects everything one class logs while it is open, whatever level the test configuration lets through
 * (and keeps it off the console meanwhile), so a test can wait for a line or count the lines an event produced.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final boolean additive;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(Class<?> source) {
        logger = (Logger) LoggerFactory.getLogger(source);
        level = logger.getLevel();
        additive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.ALL);
        logger.setAdditive(false);
    }

    public static LogCapture of(Class<?> source) {
        return new LogCapture(source);
    }

    /** The formatted lines at {@code level} that start with {@code prefix}. */
    public List<String> lines(Level level, String prefix) {
        synchronized (appender.list) {
            return appender.list.stream().filter(event -> event.getLevel() == level)
                    .map(ILoggingEvent::getFormattedMessage).filter(line -> line.startsWith(prefix)).toList();
        }
    }

    @Override
    public void close() {
        logger.setLevel(level);
        logger.setAdditive(additive);
        logger.detachAppender(appender);
        appender.stop();
    }
}
