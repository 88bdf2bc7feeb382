package io.subnetstorage.auth.bootstrap.web.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON object's fields with FastAPI's lax coercion (pydantic v2, SPEC §3) and collects every
 * problem, so the client learns of all of them in one 422. Values of fields with a problem come back
 * empty; call {@link #finish()} before using any of them. Unknown fields are ignored.
 */
public final class WireReader {

    private final Map<String, Object> object;
    private final List<Object> location;
    private final List<FieldProblem> problems;

    private WireReader(Map<String, Object> object, List<Object> location, List<FieldProblem> problems) {
        this.object = object;
        this.location = List.copyOf(location);
        this.problems = problems;
    }

    /** The request body, which must be one JSON object. */
    @SuppressWarnings("unchecked")
    public static WireReader of(byte[] body) {
        Object parsed = JsonDocument.parse(body == null ? new byte[0] : body);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new InvalidRequestBody(List.of(new FieldProblem(List.of("body"),
                    "Input should be a valid dictionary or object to extract fields from", "model_attributes_type")));
        }
        return new WireReader((Map<String, Object>) map, List.of("body"), new ArrayList<>());
    }

    public Optional<String> string(String field) {
        return read(field, false, LaxValues::string);
    }

    public Optional<String> requiredString(String field) {
        return read(field, true, LaxValues::string);
    }

    /** An optional string that must match {@code pattern} in full (pydantic's {@code string_pattern_mismatch}). */
    public Optional<String> string(String field, java.util.regex.Pattern pattern) {
        return string(field).filter(value -> {
            if (pattern.matcher(value).matches()) {
                return true;
            }
            problems.add(new FieldProblem(path(field), "String should match pattern '^" + pattern.pattern() + "$'",
                    "string_pattern_mismatch"));
            return false;
        });
    }

    public Optional<Long> integer(String field) {
        return read(field, false, LaxValues::integer);
    }

    public Optional<Long> requiredInteger(String field) {
        return read(field, true, LaxValues::integer);
    }

    /** An optional integer within {@code [min, max]}, as a pydantic {@code Field(ge=min, le=max)}. */
    public Optional<Long> integer(String field, long min, long max) {
        return integer(field).filter(value -> withinBounds(field, value, min, max));
    }

    public Optional<Long> requiredInteger(String field, long min, long max) {
        return requiredInteger(field).filter(value -> withinBounds(field, value, min, max));
    }

    /** A list of strings of at most {@code maxItems}; each bad item is reported at its index. */
    public Optional<List<String>> strings(String field, boolean required, int maxItems) {
        Optional<List<Object>> items = list(field, required, maxItems);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        boolean allGood = true;
        for (int i = 0; i < items.get().size(); i++) {
            try {
                strings.add(LaxValues.string(items.get().get(i)));
            } catch (LaxValues.Refused refused) {
                problems.add(FieldProblem.at(path(field), i, refused.type(), refused.getMessage()));
                allGood = false;
            }
        }
        return allGood ? Optional.of(strings) : Optional.empty();
    }

    /** A list of objects (e.g. {@code files}), each read by a reader that reports at its own index. */
    @SuppressWarnings("unchecked")
    public Optional<List<WireReader>> objects(String field, boolean required, int maxItems) {
        Optional<List<Object>> items = list(field, required, maxItems);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<WireReader> readers = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            if (items.get().get(i) instanceof Map<?, ?> map) {
                List<Object> at = path(field);
                at.add(i);
                readers.add(new WireReader((Map<String, Object>) map, at, problems));
            } else {
                problems.add(FieldProblem.at(path(field), i, "model_attributes_type",
                        "Input should be a valid dictionary or object to extract fields from"));
            }
        }
        return Optional.of(readers);
    }

    /** A nested object (e.g. an {@code attribution}), optional. */
    @SuppressWarnings("unchecked")
    public Optional<WireReader> object(String field) {
        Object value = object.get(field);
        if (value == null || value == JsonDocument.NULL) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new WireReader((Map<String, Object>) map, path(field), problems));
        }
        problems.add(new FieldProblem(path(field), "Input should be a valid dictionary or object to extract fields from",
                "model_attributes_type"));
        return Optional.empty();
    }

    public boolean has(String field) {
        Object value = object.get(field);
        return value != null && value != JsonDocument.NULL;
    }

    /** Throws the 422 when any field read so far (by this reader or a nested one) had a problem. */
    public void finish() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestBody(problems);
        }
    }

    private Optional<List<Object>> list(String field, boolean required, int maxItems) {
        Object value = object.get(field);
        if (value == null || (!required && value == JsonDocument.NULL)) {
            if (required) {
                problems.add(FieldProblem.missingAt(path(field)));
            }
            return Optional.empty();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(new FieldProblem(path(field), "Input should be a valid list", "list_type"));
            return Optional.empty();
        }
        if (list.size() > maxItems) {
            problems.add(new FieldProblem(path(field), "List should have at most " + maxItems
                    + " items after validation, not " + list.size(), "too_long"));
            return Optional.empty();
        }
        return Optional.of(List.copyOf(list));
    }

    private <T> Optional<T> read(String field, boolean required, LaxValues.Coercion<T> coercion) {
        Object value = object.get(field);
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.missingAt(path(field)));
            }
            return Optional.empty();
        }
        if (value == JsonDocument.NULL && !required) {
            return Optional.empty();
        }
        try {
            return Optional.of(coercion.apply(value));
        } catch (LaxValues.Refused refused) {
            problems.add(new FieldProblem(path(field), refused.getMessage(), refused.type()));
            return Optional.empty();
        }
    }

    private boolean withinBounds(String field, long value, long min, long max) {
        if (value < min) {
            problems.add(new FieldProblem(path(field), "Input should be greater than or equal to " + min, "greater_than_equal"));
            return false;
        }
        if (value > max) {
            problems.add(new FieldProblem(path(field), "Input should be less than or equal to " + max, "less_than_equal"));
            return false;
        }
        return true;
    }

    private List<Object> path(String field) {
        List<Object> at = new ArrayList<>(location);
        at.add(field);
        return at;
    }
}
