package io.subnetstorage.auth.domain.identity;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A 64-byte sr25519 signature. Clients send it as hex; a leading {@code 0x} is accepted (an improvement);
 * X-Tao headers may carry it in base64.
 */
public final class Signature {

    public static final int LENGTH = 64;
    private final byte[] bytes;

    private Signature(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Signature of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new MalformedIdentity("a signature has " + LENGTH + " bytes");
        }
        return new Signature(bytes.clone());
    }

    public static Signature fromHex(String hex) {
        if (hex == null) {
            throw new MalformedIdentity("no signature");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() != LENGTH * 2) {
            throw new MalformedIdentity("a signature is " + LENGTH * 2 + " hex digits");
        }
        try {
            return new Signature(HexFormat.of().parseHex(digits));
        } catch (IllegalArgumentException notHex) {
            throw new MalformedIdentity("a signature is hex");
        }
    }

    /**
     * Subnet 13's {@code TaoSigner} sends {@code X-Tao-Signature} in base64; hex (128 digits) is accepted
     * too. The two cannot be confused: 64 bytes are 88 base64 characters.
     */
    public static Signature fromBase64OrHex(String text) {
        if (text == null) {
            throw new MalformedIdentity("no signature");
        }
        String trimmed = text.trim();
        if (trimmed.length() == LENGTH * 2 || trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
            return fromHex(trimmed);
        }
        try {
            return of(Base64.getDecoder().decode(trimmed));
        } catch (IllegalArgumentException notBase64) {
            try {
                return of(Base64.getUrlDecoder().decode(trimmed));
            } catch (IllegalArgumentException notUrlBase64) {
                throw new MalformedIdentity("a signature is base64 or hex");
            }
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
