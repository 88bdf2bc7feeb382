package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Arrays;
import java.util.Locale;

/** The signed endpoints of the auth service and the commitment each one expects (SPEC §3). */
public enum Endpoint {
    FOLDER_ACCESS("/get-folder-access"),
    VALIDATOR_ACCESS("/get-validator-access"),
    MINER_SPECIFIC_ACCESS("/get-miner-specific-access"),
    FOLDER_PRESIGNED_URLS("/get-folder-presigned-urls"),
    FILE_PRESIGNED_URLS("/get-file-presigned-urls"),
    MINER_LIST("/get-miner-list"),
    FILE_UPLOAD_URL("/get-file-upload-url");

    private final String path;

    Endpoint(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The command-line name: the path without {@code /get-}, e.g. {@code folder-access}. */
    public String cliName() {
        return path.substring("/get-".length());
    }

    public static Endpoint fromName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).replaceFirst("^/?(get-)?", "");
        return Arrays.stream(values()).filter(endpoint -> endpoint.cliName().equals(wanted)).findFirst()
                .orElseThrow(() -> new ClientException("unknown endpoint " + name + "; one of "
                        + Arrays.stream(values()).map(Endpoint::cliName).toList()));
    }

    /** Whether the commitment names a miner: validators must say whose data they ask for. */
    public boolean needsMiner() {
        return this == MINER_SPECIFIC_ACCESS || this == FILE_PRESIGNED_URLS || this == MINER_LIST;
    }

    Commitment commitment(Hotkey signer, CallTarget target, long timestamp) {
        return switch (this) {
            case FOLDER_ACCESS -> Commitment.minerFolderAccess(Coldkey.of(required(target.coldkey(), "coldkey")), signer, timestamp);
            case VALIDATOR_ACCESS -> Commitment.validatorAccess(timestamp);
            case MINER_SPECIFIC_ACCESS, MINER_LIST -> Commitment.validatorMiner(Hotkey.of(required(target.miner(), "miner hotkey")), timestamp);
            case FOLDER_PRESIGNED_URLS -> Commitment.validatorFolders(signer, timestamp);
            case FILE_PRESIGNED_URLS -> Commitment.validatorFiles(Hotkey.of(required(target.miner(), "miner hotkey")), signer, timestamp);
            case FILE_UPLOAD_URL -> Commitment.minerFileUpload(signer, required(target.jobId(), "job id"),
                    required(target.fileName(), "file name"), timestamp);
        };
    }

    /** The body fields that say what the request is about; with body signatures the signer's fields join them. */
    void putTarget(ObjectNode body, CallTarget target) {
        if (this == FOLDER_ACCESS) {
            body.put("coldkey", required(target.coldkey(), "coldkey"));
        }
        if (needsMiner()) {
            body.put("miner_hotkey", required(target.miner(), "miner hotkey"));
        }
        if (this == FILE_UPLOAD_URL) {
            body.put("job_id", required(target.jobId(), "job id"));
            body.put("filename", required(target.fileName(), "file name"));
        }
    }

    private String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ClientException(path + " needs a " + what);
        }
        return value;
    }
}
