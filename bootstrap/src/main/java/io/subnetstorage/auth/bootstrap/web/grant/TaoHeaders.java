package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpHeaders;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.replay.Nonce;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code X-Tao-*} version 2 headers of Subnet 13 clients ({@code TaoSigner}): the signer signs
 * {@code sha256hex(body) + "." + nonce + "." + timestamp_ms}, base64 (or hex) in {@code X-Tao-Signature}.
 * The controllers take the raw body bytes, so the hash covers exactly what was sent.
 */
record TaoHeaders(String signedBy, HeaderProof proof) {

    static final String VERSION = "X-Tao-Version";

    static boolean present(HttpHeaders headers) {
        return headers.contains(VERSION);
    }

    /** The proof, when the request carries the headers; malformed headers are an invalid signature (401). */
    static Optional<TaoHeaders> read(HttpHeaders headers, byte[] body) {
        if (!present(headers)) {
            return Optional.empty();
        }
        String signedBy = headers.get("X-Tao-Signed-By");
        if (!"2".equals(headers.get(VERSION)) || signedBy == null) {
            throw new MalformedIdentity("X-Tao headers of version 2 name their signer");
        }
        try {
            long timestampMillis = Long.parseLong(String.valueOf(headers.get("X-Tao-Timestamp")).trim());
            HeaderProof proof = new HeaderProof(sha256Hex(body), new Nonce(String.valueOf(headers.get("X-Tao-Nonce")).trim()),
                    timestampMillis, Signature.fromBase64OrHex(headers.get("X-Tao-Signature")));
            return Optional.of(new TaoHeaders(signedBy.trim(), proof));
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
