package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.http.HttpStatus;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationCommand;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /operator/migrations} {@code {from, to, miners: "all" | [hotkeys], dry_run?, batch_size?, verify?}} read
 * from plain JSON values, since {@code miners} is either a word or a list. Unknown fields are ignored.
 */
final class MigrationRequest {

    private MigrationRequest() {
    }

    static StartMigrationCommand command(Map<String, Object> body) {
        if (body == null) {
            throw bad("A JSON object is required");
        }
        StoreKind from = store(body, "from");
        StoreKind to = store(body, "to");
        Object dryRun = body.getOrDefault("dry_run", false);
        if (!(dryRun instanceof Boolean)) {
            throw bad("dry_run is true or false");
        }
        Object verify = body.getOrDefault("verify", "etag");
        Verification verification = verify instanceof String text ? Verification.byLabel(text).orElse(null) : null;
        if (verification == null) {
            throw bad("verify is \"etag\" or \"download\"");
        }
        try {
            return new StartMigrationCommand(from, to, miners(body.get("miners")), (Boolean) dryRun, batchSize(body.get("batch_size")), verification);
        } catch (IllegalArgumentException invalid) {
            throw bad(invalid.getMessage());
        }
    }

    private static StoreKind store(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if ("huggingface".equals(value)) {
            throw bad(field + " is s3 or hippius: huggingface is a mirror only, never migrated from or to");
        }
        return value instanceof String label ? StoreKind.byLabel(label).orElseThrow(() -> bad(field + " is s3 or hippius"))
                : failWith(bad(field + " is s3 or hippius"));
    }

    private static Optional<List<Hotkey>> miners(Object value) {
        if ("all".equals(value)) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> list)) {
            throw bad("miners is \"all\" or a list of hotkeys");
        }
        return Optional.of(list.stream().map(item -> item instanceof String text ? OperatorAccess.hotkey(text)
                : MigrationRequest.<Hotkey>failWith(bad("miners is \"all\" or a list of hotkeys"))).toList());
    }

    private static int batchSize(Object value) {
        if (value == null) {
            return StartMigrationCommand.DEFAULT_BATCH_SIZE;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw bad("batch_size is a whole number");
    }

    private static OperatorProblem bad(String detail) {
        return new OperatorProblem(HttpStatus.BAD_REQUEST, detail);
    }

    private static <T> T failWith(OperatorProblem problem) {
        throw problem;
    }
}
