package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * A write in parts, one part in memory at a time, each part retried on its own. Parts are the threshold's
 * size, more when 10,000 of them would not hold the object, never over Hippius's 512 MiB. The ETag Hippius
 * must then report is {@code md5(part md5s)-N}; a failure aborts the upload so no parts are left behind.
 */
final class MultipartWrite {

    static final int MAX_PARTS = 10_000;

    private final S3Client client;
    private final StoreCalls calls;
    private final long threshold;

    MultipartWrite(S3Client client, StoreCalls calls, long threshold) {
        this.client = client;
        this.calls = calls;
        this.threshold = threshold;
    }

    static long partSize(long threshold, long size) {
        return Math.max(threshold, (size + MAX_PARTS - 1) / MAX_PARTS);
    }

    /** Answers the ETag Hippius must report for what was sent. */
    String write(BucketName bucket, ObjectKey key, ObjectContent content) throws IOException {
        long partSize = partSize(threshold, content.size());
        if (partSize > HippiusSettings.MAX_PART_SIZE) {
            throw new StoreRefused(StoreRefused.Reason.INVALID_REQUEST, "EntityTooLarge",
                    key + " is too large for " + MAX_PARTS + " parts of at most 512 MiB");
        }
        String what = "multipart PUT of " + key;
        String uploadId = calls.write(what, () -> client.createMultipartUpload(r -> r.bucket(bucket.value()).key(key.value())
                .contentType(content.contentType()).metadata(content.metadata())).uploadId());
        try (InputStream in = content.source().open()) {
            List<CompletedPart> parts = new ArrayList<>();
            ByteArrayOutputStream partMd5s = new ByteArrayOutputStream();
            byte[] buffer = new byte[(int) partSize];
            int read;
            while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                int number = parts.size() + 1;
                byte[] part = Arrays.copyOf(buffer, read);
                partMd5s.write(Md5.digest().digest(part));
                String etag = calls.write(what + " (part " + number + ")", () -> client.uploadPart(r -> r.bucket(bucket.value())
                        .key(key.value()).uploadId(uploadId).partNumber(number), RequestBody.fromBytes(part)).eTag());
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            calls.write(what + " (complete)", () -> client.completeMultipartUpload(r -> r.bucket(bucket.value()).key(key.value())
                    .uploadId(uploadId).multipartUpload(m -> m.parts(parts))));
            return HexFormat.of().formatHex(Md5.digest().digest(partMd5s.toByteArray())) + "-" + parts.size();
        } catch (IOException | RuntimeException failure) {
            abort(bucket, key, uploadId);
            throw failure;
        }
    }

    private void abort(BucketName bucket, ObjectKey key, String uploadId) {
        try {
            client.abortMultipartUpload(r -> r.bucket(bucket.value()).key(key.value()).uploadId(uploadId));
        } catch (SdkException ignored) {
            // The upload is abandoned either way; what it left is listed by ListMultipartUploads for an operator.
        }
    }
}
