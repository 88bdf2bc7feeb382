package io.subnetstorage.auth.domain.identity;

/**
 * The commitments deployed clients sign, byte-exact. The format strings are what
 * {@code /commitment-formats} publishes, so they must never change. {@link #OPERATOR} is this
 * product's own, signed by the subnet owner's hotkey for the operator endpoints.
 */
public enum CommitmentKind {
    MINER_FOLDER_ACCESS("s3:data:access:{coldkey}:{hotkey}:{timestamp}", "s3:data:access:"),
    VALIDATOR_ACCESS("s3:validator:access:{timestamp}", "s3:validator:access:"),
    VALIDATOR_MINER("s3:validator:miner:{miner_hotkey}:{timestamp}", "s3:validator:miner:"),
    VALIDATOR_FOLDERS("s3:validator:folders:{hotkey}:{timestamp}", "s3:validator:folders:"),
    VALIDATOR_FILES("s3:validator:files:{miner_hotkey}:{hotkey}:{timestamp}", "s3:validator:files:"),
    /** One object upload URL ({@code /get-file-upload-url}, body-signed). */
    MINER_FILE_UPLOAD("s3:data:file:{hotkey}:{job_id}:{filename}:{timestamp}", "s3:data:file:"),
    MINER_USAGE("s3:miner:usage:{hotkey}:{timestamp}", "s3:miner:usage:"),
    MINER_REGISTER("s3:miner:register:{coldkey}:{hotkey}:{timestamp}", "s3:miner:register:"),
    /** Signed by the miner itself or by the subnet owner. */
    MINER_DEREGISTER("s3:miner:deregister:{miner_hotkey}:{timestamp}", "s3:miner:deregister:"),
    HIPPIUS_UPLOAD("s3:hippius:upload:{coldkey}:{hotkey}:{timestamp}", "s3:hippius:upload:"),
    HIPPIUS_VALIDATOR("s3:hippius:validator:{timestamp}", "s3:hippius:validator:"),
    /** A miner registering attributions of files already uploaded ({@code /register-attributions}, SPEC §9). */
    ATTRIBUTION_REGISTER("s3:attribution:register:{hotkey}:{timestamp}", "s3:attribution:register:"),
    /** A validator asking whether a miner's files are attributed ({@code /verify-attribution}, SPEC §9). */
    VALIDATOR_VERIFY("s3:validator:verify:{miner_hotkey}:{timestamp}", "s3:validator:verify:"),
    /** Not a client commitment: the subnet owner authorising an operator action on a target. */
    OPERATOR("s3:operator:{action}:{target}:{timestamp}", "s3:operator:");

    private final String format;
    private final String prefix;

    CommitmentKind(String format, String prefix) {
        this.format = format;
        this.prefix = prefix;
    }

    /** The published template, with its {@code {placeholders}}. */
    public String format() {
        return format;
    }

    String prefix() {
        return prefix;
    }

    /** How many colon-separated values follow the prefix. */
    int arity() {
        return (int) format.substring(prefix.length()).chars().filter(c -> c == '{').count();
    }
}
