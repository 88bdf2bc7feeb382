package io.subnetstorage.auth.bootstrap.web.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a request body into plain values (maps, lists, strings, {@link java.math.BigInteger} and
 * {@link java.math.BigDecimal} numbers, booleans, {@link #NULL}) so that coercion can follow pydantic's
 * lax rules exactly: {@code 1.0} and {@code 1.5} must stay distinguishable, which a typed binder loses.
 */
final class JsonDocument {

    /** JSON {@code null}: present, unlike a missing field. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(400).build())
            .build();

    private JsonDocument() {
    }

    /** The value, or an {@link InvalidRequestBody} saying where the text stopped being JSON. */
    static Object parse(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new InvalidRequestBody(List.of(FieldProblem.missingAt(List.of("body"))));
            }
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw invalidAt(parser.currentLocation().getCharOffset());
            }
            return value;
        } catch (JsonProcessingException malformed) {
            throw invalidAt(malformed.getLocation() == null ? 0 : malformed.getLocation().getCharOffset());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static InvalidRequestBody invalidAt(long offset) {
        return new InvalidRequestBody(List.of(FieldProblem.badJsonAt(List.of("body", Math.max(0, offset)))));
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getBigIntegerValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new JsonParseFailure(parser);
        };
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            // As Python's json module: of repeated names, the last one counts.
            object.put(name, read(parser));
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }

    /** A token no JSON value starts with. */
    private static final class JsonParseFailure extends JsonProcessingException {
        JsonParseFailure(JsonParser parser) {
            super("unexpected token", parser.currentLocation());
        }
    }
}
