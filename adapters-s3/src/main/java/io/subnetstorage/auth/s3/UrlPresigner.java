package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Presigned GETs (an object, or a ListObjectsV2 page) signed in the query string, against the host clients
 * will call (SigV4 signs the Host). Written here rather than through the SDK's signer, which builds a whole
 * request pipeline per URL: a validator's folder walk signs thousands of list URLs per answer (ADR 0027).
 */
final class UrlPresigner {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final SigV4 sigV4;
    private final Clock clock;
    private final BucketUrls bucketUrls;

    UrlPresigner(S3StoreSettings settings, SigV4 sigV4, Clock clock) {
        this.bucketUrls = new BucketUrls(settings);
        this.sigV4 = sigV4;
        this.clock = clock;
    }

    URI list(BucketName bucket, ListQuery query, Duration ttl) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("list-type", "2");
        parameters.put("prefix", query.prefix().value());
        query.delimiter().ifPresent(d -> parameters.put("delimiter", d));
        query.maxKeys().ifPresent(n -> parameters.put("max-keys", Integer.toString(n)));
        query.continuationToken().ifPresent(t -> parameters.put("continuation-token", t));
        URI bucketUrl = bucketUrls.of(bucket);
        return presign(bucketUrl, bucketUrl.getRawPath().isEmpty() ? "/" : bucketUrl.getRawPath(), parameters, ttl);
    }

    URI get(BucketName bucket, ObjectKey key, Duration ttl) {
        URI bucketUrl = bucketUrls.of(bucket);
        return presign(bucketUrl, bucketUrl.getRawPath() + "/" + encode(key.value(), false), new TreeMap<>(), ttl);
    }

    /** {@code parameters} sorted by name: their names and values are URI-safe ASCII, so that is SigV4's order. */
    URI presign(URI bucketUrl, String path, Map<String, String> parameters, Duration ttl) {
        Instant now = clock.instant();
        String amzDate = SigV4.amzDate(now);
        parameters.put("X-Amz-Algorithm", SigV4.ALGORITHM);
        parameters.put("X-Amz-Credential", sigV4.credential(now));
        parameters.put("X-Amz-Date", amzDate);
        parameters.put("X-Amz-Expires", Long.toString(ttl.toSeconds()));
        parameters.put("X-Amz-SignedHeaders", "host");
        StringBuilder query = new StringBuilder(256);
        // Uppercase X-Amz-* sorts before the lowercase S3 parameters, as SigV4's byte order wants.
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(encode(parameter.getKey(), true)).append('=').append(encode(parameter.getValue(), true));
        }
        String canonicalRequest = "GET\n" + path + "\n" + query + "\nhost:" + host(bucketUrl) + "\n\nhost\nUNSIGNED-PAYLOAD";
        String stringToSign = SigV4.ALGORITHM + "\n" + amzDate + "\n" + sigV4.scope(now) + "\n"
                + SigV4.sha256Hex(canonicalRequest);
        query.append("&X-Amz-Signature=").append(sigV4.sign(now, stringToSign));
        return URI.create(bucketUrl.getScheme() + "://" + bucketUrl.getRawAuthority() + path + "?" + query);
    }

    /** What the Host header will carry: the port only when it is not the scheme's default. */
    private static String host(URI url) {
        int port = url.getPort();
        boolean defaultPort = port == -1 || (port == 443 && "https".equals(url.getScheme())) || (port == 80 && "http".equals(url.getScheme()));
        return defaultPort ? url.getHost() : url.getHost() + ":" + port;
    }

    /** SigV4's URI encoding: RFC 3986 unreserved characters stay, every other UTF-8 byte is {@code %XX}. */
    static String encode(String value, boolean slashToo) {
        StringBuilder out = null;
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || b == '.' || b == '~' || (b == '/' && !slashToo);
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(bytes.length + 16).append(value, 0, i);
            }
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return out == null ? value : out.toString();
    }
}
