package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.util.HexFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** One PUT, hashing the bytes as they are sent: the store's ETag must then be their MD5. */
final class SinglePartWrite {

    private SinglePartWrite() {
    }

    /** Answers the ETag the store must report: the MD5 of what was sent. */
    static String write(S3Client client, BucketName bucket, ObjectKey key, ObjectContent content) throws IOException {
        try (InputStream raw = content.source().open(); DigestInputStream hashing = new DigestInputStream(raw, Md5.digest())) {
            client.putObject(r -> r.bucket(bucket.value()).key(key.value()).contentType(content.contentType())
                    .contentLength(content.size()).metadata(content.metadata()), RequestBody.fromInputStream(hashing, content.size()));
            return HexFormat.of().formatHex(hashing.getMessageDigest().digest());
        }
    }
}
