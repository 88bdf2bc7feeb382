package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.replay.Nonce;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code X-Tao-*} version 2 headers of upstream Subnet 13 clients. The signature covers the SHA-256
 * of the exact body bytes, which the JSON binder no longer has, so a filter hashes them on the way in.
 */
@ServerFilter(patterns = {"/get-*"})
final class TaoHeaders {

    static final String VERSION = "X-Tao-Version";
    private static final String BODY_HASH_ATTRIBUTE = TaoHeaders.class.getName() + ".bodySha256";

    @RequestFilter
    void hashBody(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (request.getHeaders().contains(VERSION)) {
            request.setAttribute(BODY_HASH_ATTRIBUTE, sha256Hex(body == null ? new byte[0] : body));
        }
    }

    /** The header proof, when the request carries one; malformed headers are an invalid signature. */
    static Optional<HeaderProof> proof(HttpRequest<?> request, String bodyHotkey) {
        var headers = request.getHeaders();
        if (!headers.contains(VERSION)) {
            return Optional.empty();
        }
        String signedBy = headers.get("X-Tao-Signed-By");
        String bodyHash = request.getAttribute(BODY_HASH_ATTRIBUTE, String.class).orElse(null);
        if (!"2".equals(headers.get(VERSION)) || bodyHash == null || signedBy == null || !signedBy.equals(bodyHotkey)) {
            throw new MalformedIdentity("X-Tao headers do not name the body's hotkey");
        }
        try {
            return Optional.of(new HeaderProof(bodyHash, new Nonce(String.valueOf(headers.get("X-Tao-Nonce"))),
                    Long.parseLong(String.valueOf(headers.get("X-Tao-Timestamp"))), Signature.fromHex(headers.get("X-Tao-Signature"))));
        } catch (IllegalArgumentException malformed) {
            throw new MalformedIdentity("malformed X-Tao headers");
        }
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
