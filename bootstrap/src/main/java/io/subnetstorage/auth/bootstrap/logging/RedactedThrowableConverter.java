package io.subnetstorage.auth.bootstrap.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.subnetstorage.auth.application.redaction.RedactedUri;

/** {@code %redactedEx} in logback.xml: a logged exception, with its messages scrubbed like {@link RedactedMessageConverter}. */
public final class RedactedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return RedactedUri.scrub(super.throwableProxyToString(proxy));
    }
}
