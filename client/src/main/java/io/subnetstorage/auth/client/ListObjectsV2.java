package io.subnetstorage.auth.client;

import static io.subnetstorage.auth.client.StoreXml.children;
import static io.subnetstorage.auth.client.StoreXml.localName;
import static io.subnetstorage.auth.client.StoreXml.text;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads a ListObjectsV2 result document. */
final class ListObjectsV2 {

    private ListObjectsV2() {
    }

    static ListPage parse(String xml) {
        Element root = StoreXml.parse(xml, "unreadable listing");
        if (!"ListBucketResult".equals(localName(root))) {
            throw new ClientException("not a ListObjectsV2 result: <" + localName(root) + ">");
        }
        List<RemoteObject> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (Element child : children(root)) {
            switch (localName(child)) {
                case "Contents" -> objects.add(new RemoteObject(text(child, "Key"), Long.parseLong(text(child, "Size")),
                        unquote(text(child, "ETag")), text(child, "LastModified")));
                case "CommonPrefixes" -> prefixes.add(text(child, "Prefix"));
                default -> { }
            }
        }
        boolean truncated = "true".equalsIgnoreCase(text(root, "IsTruncated"));
        String next = text(root, "NextContinuationToken");
        if (truncated && next.isEmpty()) {
            throw new ClientException("truncated listing without NextContinuationToken");
        }
        return new ListPage(List.copyOf(objects), List.copyOf(prefixes), truncated, next.isEmpty() ? null : next);
    }

    private static String unquote(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
