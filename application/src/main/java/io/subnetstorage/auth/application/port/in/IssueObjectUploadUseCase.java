package io.subnetstorage.auth.application.port.in;

/** {@code POST /get-file-upload-url}: one upload grant for exactly one key of the miner's folder. */
public interface IssueObjectUploadUseCase {

    ObjectUploadGrant issue(IssueObjectUploadCommand command);
}
