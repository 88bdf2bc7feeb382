package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.bootstrap.web.RequestId;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds the signed envelope from the body's signed fields, or from {@code X-Tao} headers when the
 * request carries them: then the signer is {@code X-Tao-Signed-By}, a body {@code hotkey} must name the
 * same key, and the default expiry counts from the header timestamp (SPEC §3). An address or signature
 * that cannot be parsed throws {@link MalformedIdentity}, answered as 401 {@code Invalid signature}.
 */
final class Envelopes {

    private Envelopes() {
    }

    static SignedEnvelope of(HttpRequest<?> request, byte[] body, SignedRequest fields, String route) {
        RequestOrigin origin = origin(request, route);
        OptionalLong expiry = fields.expiry() == null ? OptionalLong.empty() : OptionalLong.of(fields.expiry());
        Optional<TaoHeaders> tao = TaoHeaders.read(request.getHeaders(), body);
        if (tao.isPresent()) {
            Hotkey signer = Hotkey.of(tao.get().signedBy());
            if (fields.hotkey() != null && !fields.hotkey().equals(signer.value())) {
                throw new MalformedIdentity("the body's hotkey is not the X-Tao signer");
            }
            long signedAt = Math.floorDiv(tao.get().proof().timestampMillis(), 1000);
            long timestamp = fields.timestamp() != null ? fields.timestamp() : signedAt;
            long expiresAt = expiry.orElse(SignedEnvelope.saturatedAdd(signedAt, SignedEnvelope.DEFAULT_VALIDITY_SECONDS));
            return SignedEnvelope.ofHeaders(signer, tao.get().proof(), timestamp, OptionalLong.of(expiresAt), origin);
        }
        return SignedEnvelope.of(Hotkey.of(fields.hotkey()), Signature.fromHex(fields.signature()), fields.timestamp(), expiry, origin);
    }

    /**
     * The route is the controller's own path, never the raw one: {@code /get-folder-access/} is {@code /get-folder-access}.
     * The request id is the one the response and the log lines carry, so an audit row leads to them.
     */
    static RequestOrigin origin(HttpRequest<?> request, String route) {
        return new RequestOrigin(RequestId.of(request).value(), route, request.getRemoteAddress().getAddress().getHostAddress());
    }
}
