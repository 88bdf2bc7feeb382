package io.subnetstorage.auth.client;

/**
 * A local copy compared with its listing. {@code etagChecked} is false for multipart uploads, whose
 * ETag is not the content's MD5; then only the size was compared.
 */
public record IntegrityResult(String key, boolean sizeMatches, boolean etagChecked, boolean etagMatches, String detail) {

    public boolean ok() {
        return sizeMatches && (!etagChecked || etagMatches);
    }
}
