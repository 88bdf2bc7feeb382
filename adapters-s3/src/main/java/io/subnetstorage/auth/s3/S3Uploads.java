package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.application.port.out.storage.UploadMethod;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Uploads by POST policy: a whole folder (today's Subnet 46 clients), or exactly one key with the size
 * and {@code x-amz-meta-*} fields it binds (SPEC §7: on a POST-policy store per-object grants are POST forms).
 */
final class S3Uploads implements FolderUploads, ObjectUploads {

    private final PostPolicySigner signer;
    private final Clock clock;
    private final StoreDescriptor descriptor;

    S3Uploads(PostPolicySigner signer, Clock clock, StoreDescriptor descriptor) {
        this.signer = signer;
        this.clock = clock;
        this.descriptor = descriptor;
    }

    @Override
    public UploadForm presignFolderUpload(StorageLocation folder, UploadLimits limits, Instant expiresAt) {
        return signer.signFolder(folder.bucket(), folder.folder().value(), limits, capped(expiresAt));
    }

    @Override
    public UploadMethod method() {
        return UploadMethod.POST;
    }

    @Override
    public ObjectUpload presignObjectUpload(BucketName bucket, ObjectKey key, UploadConstraints constraints, Duration ttl) {
        UploadLimits range = constraints.exactSize().isPresent()
                ? new UploadLimits(constraints.exactSize().getAsLong(), constraints.exactSize().getAsLong())
                : constraints.range();
        UploadForm form = signer.signKey(bucket, key.value(), range, constraints.metadata(),
                clock.instant().plus(descriptor.cap(ttl)));
        return new ObjectUpload(UploadMethod.POST, form.url(), form.fields(), Map.of());
    }

    private Instant capped(Instant expiresAt) {
        Instant latest = clock.instant().plus(descriptor.maxPresignLifetime());
        return expiresAt.isAfter(latest) ? latest : expiresAt;
    }
}
