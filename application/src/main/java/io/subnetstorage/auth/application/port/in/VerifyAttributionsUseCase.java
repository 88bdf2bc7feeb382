package io.subnetstorage.auth.application.port.in;

/** {@code POST /verify-attribution}: what the service knows of each file's attribution; it never reads the bytes. */
public interface VerifyAttributionsUseCase {

    AttributionVerification verify(VerifyAttributionsCommand command);
}
