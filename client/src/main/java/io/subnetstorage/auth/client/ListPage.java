package io.subnetstorage.auth.client;

import java.util.List;

/** One page of a ListObjectsV2 answer: objects, common prefixes (with a delimiter), and where to go on. */
public record ListPage(List<RemoteObject> objects, List<String> commonPrefixes, boolean truncated, String nextContinuationToken) {
}
