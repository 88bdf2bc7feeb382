package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.bootstrap.web.wire.WireReader;

/** Reads the shared signed fields; a missing one is a 422 only when no X-Tao headers sign the request. */
record SignedFields(String hotkey, Long timestamp, String signature, Long expiry) implements SignedRequest {

    static SignedFields read(WireReader wire, boolean headerSigned) {
        return new SignedFields(
                (headerSigned ? wire.string("hotkey") : wire.requiredString("hotkey")).orElse(null),
                (headerSigned ? wire.integer("timestamp") : wire.requiredInteger("timestamp")).orElse(null),
                (headerSigned ? wire.string("signature") : wire.requiredString("signature")).orElse(null),
                wire.integer("expiry").orElse(null));
    }
}
