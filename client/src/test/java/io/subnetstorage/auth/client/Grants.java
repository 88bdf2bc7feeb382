package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/** Test grants shaped like /get-folder-access answers, with a boto3-style policy. */
final class Grants {

    private Grants() {
    }

    static JsonNode response(String folder, URI url, Instant expiry, Instant policyExpiration, long minSize) {
        String policy = "{\"expiration\": \"" + policyExpiration + "\", \"conditions\": [{\"bucket\": \"b\"}, {\"acl\": \"private\"}, "
                + "[\"starts-with\", \"$key\", \"" + folder + "\"], [\"content-length-range\", " + minSize + ", 5368709120]]}";
        ObjectNode grant = ServiceClient.JSON.createObjectNode();
        grant.put("folder", folder);
        grant.put("method", "POST");
        grant.put("url", url.toString());
        ObjectNode fields = grant.putObject("fields");
        fields.put("acl", "private");
        fields.put("x-amz-storage-class", "STANDARD");
        fields.put("key", folder + "${filename}");
        fields.put("x-amz-algorithm", "AWS4-HMAC-SHA256");
        fields.put("policy", Base64.getEncoder().encodeToString(policy.getBytes(StandardCharsets.UTF_8)));
        fields.put("x-amz-signature", "abc");
        grant.put("expiry", LocalDateTime.ofEpochSecond(expiry.getEpochSecond(), 0, ZoneOffset.UTC).toString());
        grant.put("list_url", url + "?list-type=2");
        return grant;
    }
}
