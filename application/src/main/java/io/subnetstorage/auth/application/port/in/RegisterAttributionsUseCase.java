package io.subnetstorage.auth.application.port.in;

/** {@code POST /register-attributions}: receipts for the files that pass every check, reasons for the others. */
public interface RegisterAttributionsUseCase {

    AttributionRegistration register(RegisterAttributionsCommand command);
}
