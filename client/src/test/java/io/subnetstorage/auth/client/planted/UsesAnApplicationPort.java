package io.subnetstorage.auth.client.planted;

import io.subnetstorage.auth.application.port.out.SignatureVerifier;

/** A deliberate violation for the dependency rule's own test: client code reaching an application port. */
public class UsesAnApplicationPort {

    SignatureVerifier verifier;
}
