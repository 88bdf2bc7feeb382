package io.subnetstorage.auth.application.port.out;

/**
 * Every allowed and every denied request, with its reason. Writes may be batched, but an implementation
 * must not lose events on a clean shutdown, and must never fail the request it describes.
 */
public interface AuditTrail {

    void append(AuditEvent event);
}
