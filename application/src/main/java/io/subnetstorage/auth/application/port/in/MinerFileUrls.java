package io.subnetstorage.auth.application.port.in;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Download URLs for the valid keys, the keys refused as outside the miner's folder, and keys that failed. */
public record MinerFileUrls(Map<String, FileUrl> urls, List<String> invalid, Map<String, String> failed, int requested) {

    /** One presigned GET. */
    public record FileUrl(URI presignedUrl, String fileKey, long expiresInSeconds, String fileName) {
    }
}
