package io.subnetstorage.auth.application.port.in;

/**
 * {@code POST /get-folder-presigned-urls}: for every miner (or the one named), its job folders, each
 * with a presigned listing. Lists the store now, so it can time out.
 */
public interface PresignMinerFoldersUseCase {

    MinerFolders presign(ValidatorMinerCommand command);
}
