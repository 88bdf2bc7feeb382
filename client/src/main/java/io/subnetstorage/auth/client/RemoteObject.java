package io.subnetstorage.auth.client;

/** One object of a listing; {@code etag} without quotes (the MD5 hex for a single-part upload). */
public record RemoteObject(String key, long size, String etag, String lastModified) {

    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    public String jobId() {
        return ObjectKeys.jobOf(key);
    }
}
