package io.subnetstorage.auth.bootstrap.web.grant;

/** Neither a body signature nor {@code X-Tao} headers: a missing field, answered with the contract's 422. */
final class MissingSignature extends RuntimeException {

    MissingSignature() {
        super("signature", null, false, false);
    }
}
