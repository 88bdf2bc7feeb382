package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.util.List;
import java.util.Objects;

/** What a use case hands out (its answer) and the ledger rows that must be written before it may. */
record Issued<T>(T answer, List<AccessGrant> grants) {

    Issued {
        Objects.requireNonNull(answer, "answer");
        grants = List.copyOf(grants);
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("every answer that hands something out has its ledger rows");
        }
    }

    static <T> Issued<T> of(T answer, AccessGrant... grants) {
        return new Issued<>(answer, List.of(grants));
    }
}
