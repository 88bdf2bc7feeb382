package io.subnetstorage.auth.bootstrap.embedded;

import static io.subnetstorage.auth.bootstrap.embedded.LiteralKeys.escape;
import static io.subnetstorage.auth.bootstrap.embedded.LiteralKeys.unescape;

import java.io.InputStream;
import java.util.List;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectAclRequest;
import software.amazon.awssdk.services.s3.model.GetObjectAclResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * s3proxy's file-system store with literal keys (see {@link LiteralKeys}): every key going in is escaped, every key
 * coming out unescaped, so a POST form granted for {@code data/hotkey=A/} that names {@code data/hotkey=A/../hotkey=B/x}
 * stores that key in A's folder, as AWS does, instead of B's. s3proxy builds a {@link MultipartUpload} from the
 * request's own (literal) key for every call after the first, so those are escaped here too. Versioning is not
 * offered: its listings would need the same translation, and the service never uses it.
 */
final class LiteralKeyBlobStore extends ForwardingBlobStore {

    LiteralKeyBlobStore(BlobStore delegate) {
        super(delegate);
    }

    @Override
    public ListObjectsV2Response list(ListObjectsV2Request request) {
        String prefix = request.prefix();
        ListObjectsV2Response page = delegate().list(request.toBuilder()
                .prefix(LiteralKeys.storePrefix(prefix))
                .startAfter(escape(request.startAfter()))
                .build());
        return page.toBuilder()
                .prefix(prefix)
                .startAfter(request.startAfter())
                .contents(page.contents().stream()
                        .map(object -> object.toBuilder().key(unescape(object.key())).build())
                        .filter(object -> LiteralKeys.matches(object.key(), prefix))
                        .toList())
                .commonPrefixes(page.commonPrefixes().stream()
                        .map(common -> CommonPrefix.builder().prefix(unescape(common.prefix())).build())
                        .filter(common -> LiteralKeys.matches(common.prefix(), prefix))
                        .toList())
                .build();
    }

    @Override
    public boolean blobExists(String container, String name) {
        return delegate().blobExists(container, escape(name));
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream payload) {
        return delegate().putBlob(request.toBuilder().key(escape(request.key())).build(), payload);
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        return delegate().copyBlob(request.toBuilder()
                .sourceKey(escape(request.sourceKey()))
                .destinationKey(escape(request.destinationKey()))
                .build());
    }

    @Override
    public HeadObjectResponse blobMetadata(HeadObjectRequest request) {
        return delegate().blobMetadata(request.toBuilder().key(escape(request.key())).build());
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
        return delegate().getBlob(request.toBuilder().key(escape(request.key())).build());
    }

    @Override
    public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
        return delegate().removeBlob(request.toBuilder().key(escape(request.key())).build());
    }

    @Override
    public ObjectCannedACL getBlobAccess(String container, String name) {
        return delegate().getBlobAccess(container, escape(name));
    }

    @Override
    public ObjectCannedACL getBlobAccess(String container, String name, String versionId) {
        return delegate().getBlobAccess(container, escape(name), versionId);
    }

    @Override
    public GetObjectAclResponse getBlobAcl(GetObjectAclRequest request) {
        return delegate().getBlobAcl(request.toBuilder().key(escape(request.key())).build());
    }

    @Override
    public void setBlobAccess(String container, String name, ObjectCannedACL access) {
        delegate().setBlobAccess(container, escape(name), access);
    }

    @Override
    public void setBlobAccess(String container, String name, ObjectCannedACL access, String versionId) {
        delegate().setBlobAccess(container, escape(name), access, versionId);
    }

    @Override
    public MultipartUpload initiateMultipartUpload(CreateMultipartUploadRequest request) {
        MultipartUpload stored = delegate().initiateMultipartUpload(request.toBuilder().key(escape(request.key())).build());
        return new MultipartUpload(stored.id(), request, stored.response() == null ? null
                : stored.response().toBuilder().key(request.key()).build());
    }

    @Override
    public void abortMultipartUpload(MultipartUpload upload) {
        delegate().abortMultipartUpload(stored(upload));
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload, CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse done = delegate().completeMultipartUpload(stored(upload),
                request.toBuilder().key(escape(request.key())).build());
        return done.toBuilder().key(unescape(done.key())).build();
    }

    @Override
    public UploadPartResponse uploadMultipartPart(MultipartUpload upload, UploadPartRequest request, InputStream payload) {
        return delegate().uploadMultipartPart(stored(upload), request.toBuilder().key(escape(request.key())).build(), payload);
    }

    @Override
    public List<Part> listMultipartUpload(MultipartUpload upload) {
        return delegate().listMultipartUpload(stored(upload));
    }

    @Override
    public List<software.amazon.awssdk.services.s3.model.MultipartUpload> listMultipartUploads(String container) {
        return delegate().listMultipartUploads(container).stream()
                .map(upload -> upload.toBuilder().key(unescape(upload.key())).build())
                .toList();
    }

    @Override
    public boolean supportsVersioning() {
        return false;
    }

    @Override
    public ListObjectVersionsResponse listVersions(ListObjectVersionsRequest request) {
        throw new UnsupportedOperationException("versioning not supported");
    }

    private static MultipartUpload stored(MultipartUpload upload) {
        CreateMultipartUploadRequest request = upload.request();
        return new MultipartUpload(upload.id(), request.toBuilder().key(escape(request.key())).build(), upload.response());
    }
}
