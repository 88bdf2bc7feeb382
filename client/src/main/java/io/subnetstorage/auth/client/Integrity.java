package io.subnetstorage.auth.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks a downloaded file against the store's listing: its size, and its MD5 where the ETag is one. */
public final class Integrity {

    private Integrity() {
    }

    public static IntegrityResult check(RemoteObject remote, Path local) {
        try {
            long size = Files.size(local);
            boolean sizeMatches = size == remote.size();
            String etag = remote.etag().toLowerCase(Locale.ROOT);
            // A single-part upload's ETag is the MD5 hex; a multipart one is "<md5 of part md5s>-<parts>".
            boolean etagChecked = etag.matches("[0-9a-f]{32}");
            String md5 = etagChecked ? Transfers.md5Hex(local) : "";
            boolean etagMatches = etagChecked && md5.equals(etag);
            String detail = "size " + size + (sizeMatches ? "" : " (listed " + remote.size() + ")")
                    + (etagChecked ? ", md5 " + md5 + (etagMatches ? "" : " (ETag " + etag + ")") : ", multipart ETag not checked");
            return new IntegrityResult(remote.key(), sizeMatches, etagChecked, etagMatches, detail);
        } catch (IOException e) {
            return new IntegrityResult(remote.key(), false, false, false, "unreadable: " + e.getMessage());
        }
    }
}
