package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** LOG_FORMAT: {@code text} (default) or {@code json}, one object a line for a log shipper (SPEC §12). */
@ConfigurationProperties("ssa.logging")
public class LoggingConfig implements ValidatedAtStart {

    private String format;

    public LogFormat format() {
        if (ConfigValues.text(format).isEmpty()) {
            return LogFormat.TEXT;
        }
        return LogFormat.parse(format).orElseThrow(() -> ConfigValues.invalid("LOG_FORMAT", format, "json or text"));
    }

    @Override
    public void validate() {
        format();
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
