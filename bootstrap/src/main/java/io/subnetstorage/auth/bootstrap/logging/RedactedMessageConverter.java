package io.subnetstorage.auth.bootstrap.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.subnetstorage.auth.application.redaction.RedactedUri;

/**
 * {@code %redactedMsg} in logback.xml: the message with the user info and query of every URL taken out. The last line
 * of defence behind the adapters' own care, for messages of libraries that quote a URL with its credentials.
 */
public final class RedactedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return RedactedUri.scrub(super.convert(event));
    }
}
