package io.subnetstorage.auth.application.port.in;

/** {@code POST /get-file-presigned-urls}: presigned GETs for named files of one miner. */
public interface PresignMinerFilesUseCase {

    MinerFileUrls presign(PresignMinerFilesCommand command);
}
