package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.http.annotation.Body;
import io.micronaut.web.router.exceptions.UnsatisfiedHeaderRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedPathVariableRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedQueryValueRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import io.subnetstorage.auth.bootstrap.web.wire.FieldProblem;
import java.util.Optional;

/**
 * Recognises the exceptions that mean "the client sent bad input" and describes them as FastAPI's 422
 * list. Micronaut answers these with 400 and its own shape; deployed clients expect 422 and a list.
 */
final class InvalidInput {


    private InvalidInput() {
    }

    static Optional<List<FieldProblem>> describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<List<FieldProblem>> problems = describeOne(t);
            if (problems.isPresent()) {
                return problems;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<FieldProblem>> describeOne(Throwable t) {
        if (t instanceof ConstraintViolationException violations) {
            List<FieldProblem> problems = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                problems.add(fromViolation(violation));
            }
            return Optional.of(problems);
        }
        if (t instanceof ConversionErrorException conversion) {
            Optional<List<FieldProblem>> inner = describe(conversion.getConversionError().getCause());
            return inner.isPresent() ? inner : Optional.of(List.of(FieldProblem.badValue(
                    conversion.getArgument().getName(), "Input should be a valid " + typeName(conversion.getArgument()))));
        }
        if (t instanceof InvalidPropertyFormatException property) {
            return Optional.of(List.of(FieldProblem.badValue(property.getArgument().getName(),
                    "Input should be a valid " + typeName(property.getArgument()))));
        }
        if (t instanceof UnsatisfiedRouteException unsatisfied) {
            return Optional.of(List.of(FieldProblem.missingAt(location(unsatisfied))));
        }
        String name = t.getClass().getName();
        if (name.endsWith("JsonParseException") || name.endsWith("JsonSyntaxException") || name.endsWith("JsonEOFException")) {
            return Optional.of(List.of(FieldProblem.badJson()));
        }
        return Optional.empty();
    }

    /** FastAPI's {@code loc}: where the missing value was expected, the whole body being just {@code ["body"]}. */
    private static List<Object> location(UnsatisfiedRouteException unsatisfied) {
        String name = unsatisfied.getArgument().getName();
        if (unsatisfied instanceof UnsatisfiedQueryValueRouteException) {
            return List.of("query", name);
        }
        if (unsatisfied instanceof UnsatisfiedHeaderRouteException) {
            return List.of("header", name);
        }
        if (unsatisfied instanceof UnsatisfiedPathVariableRouteException) {
            return List.of("path", name);
        }
        return unsatisfied.getArgument().getAnnotationMetadata().stringValue(Body.class)
                .<List<Object>>map(part -> List.of("body", part))
                .orElse(List.of("body"));
    }

    private static FieldProblem fromViolation(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return violation.getInvalidValue() == null
                ? FieldProblem.missing(field)
                : FieldProblem.badValue(field, violation.getMessage());
    }

    private static String typeName(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
