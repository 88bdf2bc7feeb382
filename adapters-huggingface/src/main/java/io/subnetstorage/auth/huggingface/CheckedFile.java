package io.subnetstorage.auth.huggingface;

import java.io.IOException;
import java.io.InputStream;

/** A file whose bytes were read once and found to match its declared size and SHA-256. */
record CheckedFile(FileToCommit file, ContentDigest digest) {

    String path() {
        return file.path();
    }

    long size() {
        return file.size();
    }

    String sha256() {
        return file.sha256();
    }

    /**
     * Reads the source and checks it, or says why it cannot be sent: a file whose bytes are not what the
     * caller declared is never written to the Hub.
     */
    static Checked check(FileToCommit file) {
        try (InputStream in = file.content().open()) {
            ContentDigest digest = ContentDigest.read(in, file.size());
            if (digest.size() != file.size() || !digest.sha256().equals(file.sha256())) {
                return new Checked(null, FileOutcome.failed(file.path(), FailureKind.CONTENT_MISMATCH,
                        "the source has " + digest.size() + " bytes with sha256 " + digest.sha256() + ", expected "
                                + file.size() + " bytes with sha256 " + file.sha256()));
            }
            return new Checked(new CheckedFile(file, digest), null);
        } catch (IOException | RuntimeException e) {
            return new Checked(null, FileOutcome.failed(file.path(), FailureKind.SOURCE_UNREADABLE,
                    "cannot read the source: " + e));
        }
    }

    /** Either the checked file or the refusal. */
    record Checked(CheckedFile file, FileOutcome refusal) {
    }
}
