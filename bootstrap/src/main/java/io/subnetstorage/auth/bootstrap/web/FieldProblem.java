package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One entry of a 422 list, FastAPI style: where ({@code ["body", "hotkey"]}), what, and its type code. */
@Serdeable
record FieldProblem(List<Object> loc, String msg, String type) {

    static FieldProblem missing(String field) {
        return missingAt(List.of("body", field));
    }

    static FieldProblem missingAt(List<Object> loc) {
        return new FieldProblem(loc, "Field required", "missing");
    }

    static FieldProblem badValue(String field, String message) {
        return new FieldProblem(List.of("body", field), message, "value_error");
    }

    static FieldProblem badJson() {
        return new FieldProblem(List.of("body"), "JSON decode error", "json_invalid");
    }
}
