package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.port.out.attribution.ServiceKey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.List;

/** The service key of use-case tests: signs with {@link FakeSignatures} under an address of its own. */
final class FakeReceiptSigner implements ReceiptSigner {

    static final String ADDRESS = "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV";

    private final FakeSignatures signatures;

    FakeReceiptSigner(FakeSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public ServiceKey current() {
        return new ServiceKey(ADDRESS, "00".repeat(32));
    }

    @Override
    public List<String> previous() {
        return List.of();
    }

    @Override
    public Signature sign(byte[] message) {
        return signatures.sign(ADDRESS, new String(message, java.nio.charset.StandardCharsets.UTF_8));
    }
}
