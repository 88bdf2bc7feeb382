package io.subnetstorage.auth.client;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one file through a grant: a folder POST form, or a per-object grant (PUT with its signed headers, or a
 * POST form for that key). The store's refusal becomes a {@link StoreException} with its error code.
 */
final class Uploader {

    private final ServiceClient service;

    Uploader(ServiceClient service) {
        this.service = service;
    }

    void postForm(UploadGrant grant, LocalFile file, ProgressListener progress) {
        if (file.size() < grant.minSize() || file.size() > grant.maxSize()) {
            throw new ClientException(file.size() + " bytes is outside the grant's allowed size " + grant.minSize() + ".." + grant.maxSize());
        }
        accepted(Transfers.postForm(service.http(), service.retry(), grant.url(), grant.formFor(file.key()), file.key(), file.path(),
                file.size(), progress), file);
    }

    void through(ObjectUploadGrant grant, LocalFile file, ProgressListener progress) {
        if (grant.isPut()) {
            Map<String, String> headers = SignedHeaders.toSend(grant, file);
            accepted(Transfers.put(service.http(), service.retry(), grant.url(), headers, file.key(), file.path(), file.size(), progress),
                    file);
        } else {
            accepted(Transfers.postForm(service.http(), service.retry(), grant.url(), grant.fields(), file.key(), file.path(), file.size(), progress),
                    file);
        }
    }

    /**
     * A 2xx, and an ETag that is the file's MD5 where the store makes it one: a single-part upload's ETag is its
     * MD5 (on S3 unless encrypted with KMS; always on Hippius), so a mismatch means the bytes changed on the way.
     */
    private static void accepted(HttpResponse<String> response, LocalFile file) {
        if (response.statusCode() / 100 != 2) {
            throw StoreException.of(response.statusCode(), response.body(), file.key());
        }
        String etag = response.headers().firstValue("ETag").orElse("").replace("\"", "").toLowerCase(Locale.ROOT);
        boolean kms = response.headers().firstValue("x-amz-server-side-encryption").filter(value -> value.startsWith("aws:kms")).isPresent();
        if (!kms && etag.matches("[0-9a-f]{32}") && !etag.equals(file.md5())) {
            throw new ClientException("the store's ETag " + etag + " for " + file.key() + " is not the file's MD5 " + file.md5()
                    + ": the bytes changed on the way; upload it again");
        }
    }
}
