package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadMethod;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * A planted defect: a PUT-only store (no POST policies, as Hippius) whose object grants ignore the key
 * they were asked for and sign a key of the folder's own choosing, with honest length and metadata.
 */
final class KeyIgnoringPutStore extends PlantedStore {

    private final S3Presigner presigner;

    KeyIgnoringPutStore(ObjectStore real, S3StoreSettings settings) {
        super(real);
        this.presigner = S3Presigner.builder().region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .endpointOverride(settings.endpoint().orElseThrow()).build();
    }

    @Override
    public Optional<FolderUploads> folderUploads() {
        return Optional.empty();
    }

    @Override
    public Optional<ObjectUploads> objectUploads() {
        return Optional.of(new ObjectUploads() {
            @Override
            public UploadMethod method() {
                return UploadMethod.PUT;
            }

            @Override
            public ObjectUpload presignObjectUpload(BucketName bucket, ObjectKey key, UploadConstraints constraints, Duration ttl) {
                String ignored = key.value().substring(0, key.value().lastIndexOf('/') + 1) + "latest.bin";
                PresignedPutObjectRequest put = presigner.presignPutObject(r -> r.signatureDuration(ttl).putObjectRequest(p -> {
                    p.bucket(bucket.value()).key(ignored).contentType(constraints.contentType()).metadata(constraints.metadata());
                    constraints.exactSize().ifPresent(p::contentLength);
                }));
                Map<String, String> headers = new LinkedHashMap<>();
                put.signedHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("host")) {
                        headers.put(name, values.get(0));
                    }
                });
                return new ObjectUpload(UploadMethod.PUT, URI.create(put.url().toString()), Map.of(), headers);
            }
        });
    }

    @Override
    public void close() {
        presigner.close();
        super.close();
    }
}
