package io.subnetstorage.auth.bootstrap.web.wire;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a 422 list as FastAPI (pydantic v2) writes it: where ({@code ["body", "file_keys", 0]},
 * wire names and list indexes), what, and pydantic's type code. Clients match on {@code type} and {@code loc}.
 */
@Serdeable
public record FieldProblem(List<Object> loc, String msg, String type) {

    public FieldProblem {
        loc = List.copyOf(loc);
    }

    public static FieldProblem missing(String field) {
        return missingAt(List.of("body", field));
    }

    public static FieldProblem missingAt(List<Object> loc) {
        return new FieldProblem(loc, "Field required", "missing");
    }

    public static FieldProblem badValue(String field, String message) {
        return new FieldProblem(List.of("body", field), message, "value_error");
    }

    public static FieldProblem badJson() {
        return badJsonAt(List.of("body"));
    }

    public static FieldProblem badJsonAt(List<Object> loc) {
        return new FieldProblem(loc, "JSON decode error", "json_invalid");
    }

    static FieldProblem at(List<Object> parent, Object child, String type, String message) {
        List<Object> loc = new ArrayList<>(parent);
        loc.add(child);
        return new FieldProblem(loc, message, type);
    }
}
