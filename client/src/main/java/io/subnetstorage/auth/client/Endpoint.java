package io.subnetstorage.auth.client;

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
    MINER_LIST("/get-miner-list");

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

    Commitment commitment(Hotkey signer, String coldkey, String miner, long timestamp) {
        return switch (this) {
            case FOLDER_ACCESS -> Commitment.minerFolderAccess(Coldkey.of(required(coldkey, "coldkey")), signer, timestamp);
            case VALIDATOR_ACCESS -> Commitment.validatorAccess(timestamp);
            case MINER_SPECIFIC_ACCESS, MINER_LIST -> Commitment.validatorMiner(Hotkey.of(required(miner, "miner hotkey")), timestamp);
            case FOLDER_PRESIGNED_URLS -> Commitment.validatorFolders(signer, timestamp);
            case FILE_PRESIGNED_URLS -> Commitment.validatorFiles(Hotkey.of(required(miner, "miner hotkey")), signer, timestamp);
        };
    }

    private String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ClientException(path + " needs a " + what);
        }
        return value;
    }
}
