package io.subnetstorage.auth.bootstrap.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.bootstrap.config.LogFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LOG_FORMAT=json: one parseable object a line, the exception as one string, URLs scrubbed; text is the pattern (logback.xml scrubs it with its converters). */
class ServiceLogLayoutTest {

    private static final String URL = "https://user:pw-secret@store.example/bucket/key?X-Amz-Signature=abc123secret";

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger("io.example.Probe");

    @AfterEach
    void backToText() {
        ServiceLogLayout.use(LogFormat.TEXT);
    }

    private ServiceLogLayout layout() {
        ServiceLogLayout layout = new ServiceLogLayout();
        layout.setContext(context);
        layout.setPattern("%level %logger [%X{request_id}] - %msg%n%ex");
        layout.start();
        return layout;
    }

    private LoggingEvent event() {
        LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, Level.WARN, "fetching {} failed",
                new IllegalStateException("cannot reach " + URL), new Object[] {URL});
        event.setMDCPropertyMap(Map.of(ServiceLogLayout.REQUEST_ID, "req-\"7\""));
        return event;
    }

    @Test
    void jsonIsOneObjectALineWithTheRequestIdAndTheStackTraceAsOneString() throws Exception {
        ServiceLogLayout.use(LogFormat.JSON);
        String line = layout().doLayout(event());

        assertEquals(1, line.split("\n", -1).length - 1, "one line: " + line);
        Map<?, ?> json = new ObjectMapper().readValue(line, Map.class);
        assertEquals("WARN", json.get("level"));
        assertEquals("io.example.Probe", json.get("logger"));
        assertEquals("req-\"7\"", json.get("request_id"));
        assertEquals("fetching https://store.example/bucket/key failed", json.get("message"));
        String exception = (String) json.get("exception");
        assertTrue(exception.startsWith("java.lang.IllegalStateException: cannot reach https://store.example/bucket/key"), exception);
        assertTrue(exception.contains("\n\tat "), "the stack trace, in one field: " + exception);
        assertTrue(json.get("time").toString().endsWith("Z"));
        assertFalse(line.contains("pw-secret") || line.contains("abc123secret"), line);
    }

    @Test
    void textIsThePatterns() {
        String line = layout().doLayout(event());
        assertTrue(line.startsWith("WARN io.example.Probe [req-\"7\"] - fetching "), line);
    }
}
