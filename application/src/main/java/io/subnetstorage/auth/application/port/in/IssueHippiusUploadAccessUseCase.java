package io.subnetstorage.auth.application.port.in;

/**
 * {@code POST /get-hippius-upload-access}: as {@code /get-folder-access} with {@code files}, always on the Hippius
 * store, signed {@code s3:hippius:upload:{coldkey}:{hotkey}:{timestamp}}.
 */
public interface IssueHippiusUploadAccessUseCase {

    HippiusUploadAccess issue(IssueMinerFolderGrantCommand command);
}
