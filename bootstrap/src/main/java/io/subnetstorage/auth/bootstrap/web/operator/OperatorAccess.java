package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.subnetstorage.auth.application.port.in.operator.AuthenticateOperatorCommand;
import io.subnetstorage.auth.application.port.in.operator.AuthenticateOperatorUseCase;
import io.subnetstorage.auth.application.port.in.operator.Operator;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefusal;
import io.subnetstorage.auth.application.port.in.operator.OperatorRefused;
import io.subnetstorage.auth.application.port.in.operator.OwnerProof;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads operator credentials from headers (so GET and DELETE can carry them): {@code Authorization:
 * Bearer <ADMIN_TOKEN>}, or {@code X-Operator-Hotkey}, {@code X-Operator-Timestamp} and
 * {@code X-Operator-Signature} over {@code s3:operator:{action}:{target}:{timestamp}}.
 */
@Singleton
final class OperatorAccess {

    static final String HOTKEY = "X-Operator-Hotkey";
    static final String TIMESTAMP = "X-Operator-Timestamp";
    static final String SIGNATURE = "X-Operator-Signature";
    private static final String BEARER = "Bearer ";

    private final AuthenticateOperatorUseCase authenticate;

    OperatorAccess(AuthenticateOperatorUseCase authenticate) {
        this.authenticate = authenticate;
    }

    Operator admit(HttpRequest<?> request, String action, String target) {
        return authenticate.authenticate(new AuthenticateOperatorCommand(bearer(request), ownerProof(request), action, target));
    }

    /** Runs a ledger read or write; the ledger being away is a 503, as for clients. */
    static <T> T onLedger(Supplier<T> call) {
        try {
            return call.get();
        } catch (DependencyUnavailable down) {
            throw new OperatorProblem(HttpStatus.SERVICE_UNAVAILABLE, "Grant ledger unavailable");
        }
    }

    static Hotkey hotkey(String value) {
        try {
            return Hotkey.of(value);
        } catch (MalformedIdentity | NullPointerException notAnAddress) {
            throw new OperatorProblem(HttpStatus.BAD_REQUEST, "hotkey is not an SS58 address");
        }
    }

    private static Optional<String> bearer(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).trim());
    }

    private static Optional<OwnerProof> ownerProof(HttpRequest<?> request) {
        Optional<String> hotkey = request.getHeaders().findFirst(HOTKEY);
        Optional<String> timestamp = request.getHeaders().findFirst(TIMESTAMP);
        Optional<String> signature = request.getHeaders().findFirst(SIGNATURE);
        if (hotkey.isEmpty() && timestamp.isEmpty() && signature.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OwnerProof(Hotkey.of(hotkey.orElseThrow()), Long.parseLong(timestamp.orElseThrow()),
                    Signature.fromHex(signature.orElseThrow())));
        } catch (RuntimeException incompleteOrMalformed) {
            throw new OperatorRefused(OperatorRefusal.SIGNATURE_INVALID);
        }
    }
}
