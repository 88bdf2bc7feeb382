package io.subnetstorage.auth.application.port.in;

/** {@code POST /get-folder-access}: a miner gets an upload grant for its own folder. */
public interface IssueMinerFolderGrantUseCase {

    MinerFolderGrant issue(IssueMinerFolderGrantCommand command);
}
