package io.subnetstorage.auth.client;

import java.util.List;

/** ListObjectsV2 documents as S3 writes them, for tests. */
final class ListXml {

    private ListXml() {
    }

    static String page(String prefix, List<RemoteObject> objects, List<String> commonPrefixes, String nextToken) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bucket</Name><Prefix>" + prefix + "</Prefix>"
                + "<KeyCount>" + objects.size() + "</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>" + (nextToken != null) + "</IsTruncated>");
        if (nextToken != null) {
            xml.append("<NextContinuationToken>").append(nextToken).append("</NextContinuationToken>");
        }
        for (RemoteObject object : objects) {
            xml.append("<Contents><Key>").append(object.key()).append("</Key><LastModified>").append(object.lastModified())
                    .append("</LastModified><ETag>&quot;").append(object.etag()).append("&quot;</ETag><Size>").append(object.size())
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        for (String common : commonPrefixes) {
            xml.append("<CommonPrefixes><Prefix>").append(common).append("</Prefix></CommonPrefixes>");
        }
        return xml.append("</ListBucketResult>").toString();
    }
}
