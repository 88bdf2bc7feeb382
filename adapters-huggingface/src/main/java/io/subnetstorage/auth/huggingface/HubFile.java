package io.subnetstorage.auth.huggingface;

import java.util.Objects;
import java.util.Optional;

/**
 * A file in a repo's tree. {@code blobId} is the git blob id the Hub lists for every file (for an LFS
 * file, that of its pointer); {@code lfsSha256} is the SHA-256 of the content, known only for LFS files.
 */
public record HubFile(String path, long size, String blobId, String lfsSha256) {

    public HubFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(blobId, "blobId");
    }

    public boolean lfs() {
        return lfsSha256 != null;
    }

    /** The Hub's id for the content: the SHA-256 of an LFS file, the git blob id of a regular one. */
    public String oid() {
        return lfs() ? lfsSha256 : blobId;
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(lfsSha256);
    }

    /** True when this entry holds exactly the content with these digests, however it was stored. */
    boolean holds(ContentDigest content) {
        return size == content.size()
                && (lfs() ? lfsSha256.equals(content.sha256()) : blobId.equals(content.gitBlobId()));
    }
}
