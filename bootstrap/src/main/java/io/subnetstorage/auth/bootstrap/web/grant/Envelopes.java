package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Builds the signed envelope from wire fields, or from {@code X-Tao} headers when the request carries
 * them. An address or signature that cannot be parsed throws
 * {@link io.subnetstorage.auth.domain.identity.MalformedIdentity}, answered as 401 {@code Invalid signature}.
 */
final class Envelopes {

    private Envelopes() {
    }

    static SignedEnvelope of(HttpRequest<?> request, String hotkey, String signature, long timestamp, Long expiry) {
        Hotkey signer = Hotkey.of(hotkey);
        OptionalLong requestExpiry = expiry == null ? OptionalLong.empty() : OptionalLong.of(expiry);
        var headerProof = TaoHeaders.proof(request, hotkey);
        if (headerProof.isPresent()) {
            return SignedEnvelope.ofHeaders(signer, headerProof.get(), timestamp, requestExpiry, origin(request));
        }
        if (signature == null) {
            throw new MissingSignature();
        }
        return SignedEnvelope.of(signer, Signature.fromHex(signature), timestamp, requestExpiry, origin(request));
    }

    static RequestOrigin origin(HttpRequest<?> request) {
        String requestId = request.getHeaders().get("X-Request-Id");
        String id = requestId != null && requestId.length() <= 64 ? requestId : UUID.randomUUID().toString();
        return new RequestOrigin(id, request.getPath(), request.getRemoteAddress().getAddress().getHostAddress());
    }
}
