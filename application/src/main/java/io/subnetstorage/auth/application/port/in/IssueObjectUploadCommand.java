package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.Objects;

/** A miner's signed request for one object upload URL ({@code /get-file-upload-url}). */
public record IssueObjectUploadCommand(SignedEnvelope envelope, UploadFile file) {

    public IssueObjectUploadCommand {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(file, "file");
    }

    /** {@code s3:data:file:{hotkey}:{job_id}:{filename}:{timestamp}}; with X-Tao headers the headers sign the body instead. */
    public Commitment commitment() {
        return Commitment.minerFileUpload(envelope.signer(), file.jobId(), file.fileName(), envelope.timestamp());
    }
}
