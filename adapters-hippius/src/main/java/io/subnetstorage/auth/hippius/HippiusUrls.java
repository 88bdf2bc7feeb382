package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadMethod;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Presigned PUT and GET. Hippius has no POST object, so a per-object grant is a PUT whose URL signs the
 * {@code Content-Type}, the {@code Content-Length} (when the size is known) and every {@code x-amz-meta-*}:
 * Hippius then refuses an upload whose length or metadata differs or is missing. {@code headers} is exactly
 * what was signed, without Host (the client's HTTP library sends that from the URL).
 */
final class HippiusUrls implements ObjectUploads, Downloads {

    private final S3Presigner presigner;
    private final StoreDescriptor descriptor;

    HippiusUrls(S3Presigner presigner, StoreDescriptor descriptor) {
        this.presigner = presigner;
        this.descriptor = descriptor;
    }

    @Override
    public UploadMethod method() {
        return UploadMethod.PUT;
    }

    @Override
    public ObjectUpload presignObjectUpload(BucketName bucket, ObjectKey key, UploadConstraints constraints, Duration ttl) {
        HippiusRules.checkUpload(key, constraints.metadata());
        PresignedPutObjectRequest signed = presigner.presignPutObject(r -> r.signatureDuration(descriptor.cap(ttl))
                .putObjectRequest(put -> {
                    put.bucket(bucket.value()).key(key.value()).contentType(constraints.contentType()).metadata(constraints.metadata());
                    constraints.exactSize().ifPresent(put::contentLength);
                }));
        Map<String, String> headers = new LinkedHashMap<>();
        signed.httpRequest().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new ObjectUpload(UploadMethod.PUT, URI.create(signed.url().toString()), Map.of(), headers);
    }

    @Override
    public URI presignGet(BucketName bucket, ObjectKey key, Duration ttl) {
        return URI.create(presigner.presignGetObject(r -> r.signatureDuration(descriptor.cap(ttl))
                .getObjectRequest(get -> get.bucket(bucket.value()).key(key.value()))).url().toString());
    }
}
