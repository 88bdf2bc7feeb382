package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * A write in parts of {@code partSize} bytes, one part in memory at a time. The ETag the store must
 * report is {@code md5(part md5s)-N}; a failure aborts the upload so no parts are left behind.
 */
final class MultipartWrite {

    private final S3Client client;
    private final int partSize;

    MultipartWrite(S3Client client, long partSize) {
        this.client = client;
        this.partSize = (int) Math.min(partSize, 512L * 1024 * 1024);
    }

    String write(BucketName bucket, ObjectKey key, ObjectContent content) throws IOException {
        String uploadId = client.createMultipartUpload(r -> r.bucket(bucket.value()).key(key.value())
                .contentType(content.contentType()).metadata(content.metadata())).uploadId();
        try (InputStream in = content.source().open()) {
            List<CompletedPart> parts = new ArrayList<>();
            ByteArrayOutputStream partMd5s = new ByteArrayOutputStream();
            byte[] buffer = new byte[partSize];
            int read;
            while ((read = in.readNBytes(buffer, 0, partSize)) > 0) {
                int number = parts.size() + 1;
                byte[] md5 = Md5.digest().digest(java.util.Arrays.copyOf(buffer, read));
                partMd5s.write(md5);
                String etag = client.uploadPart(r -> r.bucket(bucket.value()).key(key.value()).uploadId(uploadId).partNumber(number),
                        RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, read))).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            client.completeMultipartUpload(r -> r.bucket(bucket.value()).key(key.value()).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            return HexFormat.of().formatHex(Md5.digest().digest(partMd5s.toByteArray())) + "-" + parts.size();
        } catch (IOException | RuntimeException failure) {
            try {
                client.abortMultipartUpload(r -> r.bucket(bucket.value()).key(key.value()).uploadId(uploadId));
            } catch (SdkException ignored) {
                // The upload is abandoned either way; the store expires unfinished uploads.
            }
            throw failure;
        }
    }
}
