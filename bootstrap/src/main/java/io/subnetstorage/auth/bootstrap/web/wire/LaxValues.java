package io.subnetstorage.auth.bootstrap.web.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * pydantic v2's lax-mode coercions for the two scalar types the API takes (SPEC §3). An integer field
 * takes an integral number, {@code true}/{@code false} (1/0) or a numeric string, and refuses fractions,
 * arrays and objects; a string field takes only a string. Each refusal carries pydantic's type and text.
 */
final class LaxValues {

    /** Digits with optional sign, and optional decimal zeros: pydantic parses "12" and "12.00" as 12. */
    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d+(\\.0*)?");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private LaxValues() {
    }

    @FunctionalInterface
    interface Coercion<T> {
        T apply(Object value);
    }

    /** A value pydantic would refuse, with its error type and message. */
    static final class Refused extends RuntimeException {
        private final String type;

        Refused(String type, String message) {
            super(message, null, false, false);
            this.type = type;
        }

        String type() {
            return type;
        }
    }

    static String string(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw new Refused("string_type", "Input should be a valid string");
    }

    /** Python integers are unbounded; beyond a long the value saturates, which no range check accepts. */
    static long integer(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof BigInteger whole) {
            return saturate(whole);
        }
        if (value instanceof BigDecimal number) {
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                throw new Refused("int_from_float", "Input should be a valid integer, got a number with a fractional part");
            }
            return saturate(number.toBigInteger());
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            if (!INTEGER_TEXT.matcher(trimmed).matches()) {
                throw new Refused("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
            }
            int point = trimmed.indexOf('.');
            return saturate(new BigInteger(point < 0 ? trimmed : trimmed.substring(0, point)));
        }
        throw new Refused("int_type", "Input should be a valid integer");
    }

    private static long saturate(BigInteger value) {
        return value.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : value.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : value.longValue();
    }
}
