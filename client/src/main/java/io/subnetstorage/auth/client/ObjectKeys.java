package io.subnetstorage.auth.client;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.PathSegment;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Object keys as deployed clients write them: {@code data/hotkey={hotkey}/job_id={id}/{file name}}. */
public final class ObjectKeys {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private ObjectKeys() {
    }

    public static String jobFolder(String minerHotkey, String jobId) {
        if (jobId == null || jobId.isBlank() || !PathSegment.isValid(jobId)) {
            throw new ClientException("invalid job id '" + jobId + "'");
        }
        return FolderPrefix.ofMiner(Hotkey.of(minerHotkey)).child("job_id=" + jobId).value();
    }

    public static String key(String minerHotkey, String jobId, String fileName) {
        return jobFolder(minerHotkey, jobId) + fileName;
    }

    /** The name deployed miners give generated data: {@code data_{YYYYmmdd_HHMMSS}_{rows}.parquet}. */
    public static String generatedDataName(LocalDateTime at, long rows) {
        return "data_" + at.format(GENERATED) + "_" + rows + ".parquet";
    }

    /** The job id in a key under a miner folder, or null for a key outside any {@code job_id=} folder. */
    public static String jobOf(String key) {
        for (String segment : key.split("/")) {
            if (segment.startsWith("job_id=")) {
                return segment.substring("job_id=".length());
            }
        }
        return null;
    }
}
