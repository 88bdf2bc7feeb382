package io.subnetstorage.auth.domain.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exact text a client signed. Built from the request's fields in the canonical format; the
 * signed bytes are its UTF-8 encoding.
 */
public record Commitment(CommitmentKind kind, String text) {

    private static final String OPERATOR_ACTION = "[a-z][a-z-]{0,31}";
    private static final String OPERATOR_TARGET = "[A-Za-z0-9._-]{1,128}";

    public Commitment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Commitment minerFolderAccess(Coldkey coldkey, Hotkey hotkey, long timestamp) {
        return of(CommitmentKind.MINER_FOLDER_ACCESS, coldkey.value(), hotkey.value(), Long.toString(timestamp));
    }

    public static Commitment validatorAccess(long timestamp) {
        return of(CommitmentKind.VALIDATOR_ACCESS, Long.toString(timestamp));
    }

    public static Commitment validatorMiner(Hotkey miner, long timestamp) {
        return of(CommitmentKind.VALIDATOR_MINER, miner.value(), Long.toString(timestamp));
    }

    public static Commitment validatorFolders(Hotkey validator, long timestamp) {
        return of(CommitmentKind.VALIDATOR_FOLDERS, validator.value(), Long.toString(timestamp));
    }

    public static Commitment validatorFiles(Hotkey miner, Hotkey validator, long timestamp) {
        return of(CommitmentKind.VALIDATOR_FILES, miner.value(), validator.value(), Long.toString(timestamp));
    }

    /** {@code job_id} and {@code filename} are single path segments: they may hold a ':' but never a '/'. */
    public static Commitment minerFileUpload(Hotkey hotkey, String jobId, String fileName, long timestamp) {
        return of(CommitmentKind.MINER_FILE_UPLOAD, hotkey.value(), jobId, fileName, Long.toString(timestamp));
    }

    public static Commitment minerRegister(Coldkey coldkey, Hotkey hotkey, long timestamp) {
        return of(CommitmentKind.MINER_REGISTER, coldkey.value(), hotkey.value(), Long.toString(timestamp));
    }

    public static Commitment minerDeregister(Hotkey miner, long timestamp) {
        return of(CommitmentKind.MINER_DEREGISTER, miner.value(), Long.toString(timestamp));
    }

    public static Commitment hippiusUpload(Coldkey coldkey, Hotkey hotkey, long timestamp) {
        return of(CommitmentKind.HIPPIUS_UPLOAD, coldkey.value(), hotkey.value(), Long.toString(timestamp));
    }

    public static Commitment hippiusValidator(long timestamp) {
        return of(CommitmentKind.HIPPIUS_VALIDATOR, Long.toString(timestamp));
    }

    public static Commitment minerUsage(Hotkey hotkey, long timestamp) {
        return of(CommitmentKind.MINER_USAGE, hotkey.value(), Long.toString(timestamp));
    }

    public static Commitment attributionRegister(Hotkey hotkey, long timestamp) {
        return of(CommitmentKind.ATTRIBUTION_REGISTER, hotkey.value(), Long.toString(timestamp));
    }

    public static Commitment validatorVerify(Hotkey miner, long timestamp) {
        return of(CommitmentKind.VALIDATOR_VERIFY, miner.value(), Long.toString(timestamp));
    }

    /**
     * The subnet owner's authorisation of one operator action: {@code action} is a lower-case word
     * ({@code revoke}), {@code target} the hotkey or access key id it concerns. Neither may hold a colon,
     * so the text parses back to exactly these values.
     */
    public static Commitment operator(String action, String target, long timestamp) {
        if (action == null || !action.matches(OPERATOR_ACTION)) {
            throw new IllegalArgumentException("an operator action is a lower-case word");
        }
        if (target == null || !target.matches(OPERATOR_TARGET)) {
            throw new IllegalArgumentException("an operator target is 1 to 128 letters, digits, '.', '_' or '-'");
        }
        return of(CommitmentKind.OPERATOR, action, target, Long.toString(timestamp));
    }

    private static Commitment of(CommitmentKind kind, String... values) {
        return new Commitment(kind, kind.prefix() + String.join(":", values));
    }

    /** Recognises a commitment text; the values are SS58 addresses (an operator's: action and target) and a decimal timestamp. */
    public static Optional<Commitment> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (CommitmentKind kind : CommitmentKind.values()) {
            if (text.startsWith(kind.prefix()) && valuesFit(kind, text.substring(kind.prefix().length()))) {
                return Optional.of(new Commitment(kind, text));
            }
        }
        return Optional.empty();
    }

    private static boolean valuesFit(CommitmentKind kind, String rest) {
        if (kind == CommitmentKind.MINER_FILE_UPLOAD) {
            // Free-text segments may hold ':': only the leading hotkey and trailing timestamp are fixed.
            int first = rest.indexOf(':');
            int last = rest.lastIndexOf(':');
            return first > 0 && last > first && Ss58Address.looksLikeSs58(rest.substring(0, first))
                    && rest.substring(last + 1).matches("-?[0-9]{1,19}");
        }
        List<String> values = Arrays.asList(rest.split(":", -1));
        if (values.size() != kind.arity()) {
            return false;
        }
        String timestamp = values.get(values.size() - 1);
        if (!timestamp.matches("-?[0-9]{1,19}")) {
            return false;
        }
        if (kind == CommitmentKind.OPERATOR) {
            return values.get(0).matches(OPERATOR_ACTION) && values.get(1).matches(OPERATOR_TARGET);
        }
        return values.subList(0, values.size() - 1).stream().allMatch(Ss58Address::looksLikeSs58);
    }

    /** The timestamp the commitment carries. */
    public long timestamp() {
        return Long.parseLong(text.substring(text.lastIndexOf(':') + 1));
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text;
    }
}
