package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.domain.storage.FolderPrefix;

/** The folder layout every grant response repeats, as deployed. */
@Serdeable(naming = SnakeCaseStrategy.class)
record StructureInfo(String folderStructure, String description) {

    static final StructureInfo DEPLOYED = new StructureInfo(FolderPrefix.FOLDER_STRUCTURE,
            "Miners upload to data/hotkey={hotkey_id}/job_id={job_id}/; validators read every miner folder.");
}
