package io.subnetstorage.auth.archfixtures.application.port.out;

/** A stand-in outbound port: its calls block on I/O. */
public interface SlowPort {

    String read();
}
