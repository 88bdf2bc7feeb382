package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.EdwardsPoint;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Computes {@code a·P + b·B} for a ristretto point P. curve25519-elisabeth has a fast variable-time
 * Straus/wNAF routine for exactly this, but only on {@link EdwardsPoint}, and keeps the Edwards
 * representative of a {@link RistrettoElement} package-private. Verification inputs are public, so
 * variable time is safe; we reach the representative through a private lookup, which works whenever
 * the library is on the class path (an unnamed module opens everything). On the module path the
 * lookup is refused and we fall back to two constant-time multiplications: about twice as slow, same
 * answers.
 */
final class RistrettoInternals {

    private static final MethodHandle REPR;
    private static final MethodHandle WRAP;

    static {
        MethodHandle repr = null;
        MethodHandle wrap = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(RistrettoElement.class, MethodHandles.lookup());
            repr = lookup.findGetter(RistrettoElement.class, "repr", EdwardsPoint.class);
            wrap = lookup.findConstructor(RistrettoElement.class, MethodType.methodType(void.class, EdwardsPoint.class));
        } catch (ReflectiveOperationException | SecurityException | IllegalArgumentException refused) {
            repr = null;
            wrap = null;
        }
        REPR = repr;
        WRAP = wrap;
    }

    private RistrettoInternals() {
    }

    static boolean fastPathAvailable() {
        return REPR != null;
    }

    /** a·p + b·B, where B is the ristretto generator. */
    static RistrettoElement doubleScalarMultiplyBasepoint(Scalar a, RistrettoElement p, Scalar b) {
        if (REPR == null) {
            return p.multiply(a).add(Constants.RISTRETTO_GENERATOR_TABLE.multiply(b));
        }
        try {
            EdwardsPoint edwards = (EdwardsPoint) REPR.invokeExact(p);
            EdwardsPoint sum = EdwardsPoint.vartimeDoubleScalarMultiplyBasepoint(a, edwards, b);
            return (RistrettoElement) WRAP.invokeExact(sum);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
