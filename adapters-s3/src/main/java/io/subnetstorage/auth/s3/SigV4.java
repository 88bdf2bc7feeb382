package io.subnetstorage.auth.s3;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 for one credential in one region: the credential scope, and signatures with the day's signing key.
 * The key is four HMACs that every signature of a UTC day would otherwise repeat, so it is derived once a
 * day and kept (every grant signs a POST policy or a URL; issue 18 measured the chain as a grant's hot spot).
 * Each thread also keeps its {@code Mac}, keyed for the day, and its SHA-256 digest: looking a JCA service up and
 * keying it cost about as much as the HMAC itself, thousands of times in a validator's folder walk.
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    });

    private record DayKey(String day, SecretKeySpec key) {
    }

    /** A thread's HMAC, keyed with one day's signing key; {@code doFinal} leaves it keyed for the next use. */
    private record DayMac(String day, Mac mac) {
    }

    private final String accessKeyId;
    private final String secretAccessKey;
    private final String region;
    private volatile DayKey today = new DayKey("", null);
    private final ThreadLocal<DayMac> macs = new ThreadLocal<>();

    SigV4(String accessKeyId, String secretAccessKey, String region) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.region = region;
    }

    static String amzDate(Instant at) {
        return STAMP.format(at);
    }

    String credential(Instant at) {
        return accessKeyId + "/" + scope(at);
    }

    /** {@code day/region/s3/aws4_request}: what the string to sign names after the timestamp. */
    String scope(Instant at) {
        return DAY.format(at) + "/" + region + "/s3/aws4_request";
    }

    /** {@code hex(HMAC(signingKey, stringToSign))}; for a POST the string to sign is the base64 policy. */
    String sign(Instant at, String stringToSign) {
        String day = DAY.format(at);
        DayMac keyed = macs.get();
        if (keyed == null || !keyed.day().equals(day)) {
            keyed = new DayMac(day, mac(signingKey(day)));
            macs.set(keyed);
        }
        return HEX.formatHex(keyed.mac().doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256Hex(String text) {
        return HEX.formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private SecretKeySpec signingKey(String day) {
        DayKey current = today;
        if (!current.day().equals(day)) {
            byte[] key = hmac(new SecretKeySpec(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), "HmacSHA256"), day);
            key = hmac(new SecretKeySpec(key, "HmacSHA256"), region);
            key = hmac(new SecretKeySpec(key, "HmacSHA256"), "s3");
            key = hmac(new SecretKeySpec(key, "HmacSHA256"), "aws4_request");
            current = new DayKey(day, new SecretKeySpec(key, "HmacSHA256"));
            // Requests signed around midnight may carry either day; the last derived one is kept, both are right.
            today = current;
        }
        return current.key();
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        return mac(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
