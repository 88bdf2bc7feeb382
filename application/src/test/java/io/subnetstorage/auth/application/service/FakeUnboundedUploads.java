package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.UnboundedUpload;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Ledger rows in memory, selected as the PostgreSQL adapter selects them. */
final class FakeUnboundedUploads implements UnboundedUploads {

    private static final Comparator<UnboundedUpload> ORDER =
            Comparator.comparing(UnboundedUpload::expiresAt).thenComparing(UnboundedUpload::grantId);

    final List<AccessGrant> rows = new ArrayList<>();

    @Override
    public List<UnboundedUpload> due(Set<StoreKind> stores, FolderPrefix under, Instant expiredBefore, Optional<UnboundedUpload> after,
            int limit) {
        return rows.stream()
                .filter(row -> row.httpMethod().equals(Optional.of("PUT")) && row.sizeBound().isEmpty() && row.sizeCheck().isEmpty())
                .filter(row -> row.expiresAt().isBefore(expiredBefore))
                .filter(row -> StoreKind.byLabel(row.backend()).filter(stores::contains).isPresent())
                .filter(row -> row.objectKey().map(key -> key.value().startsWith(under.value())).orElse(false))
                .map(FakeUnboundedUploads::upload)
                .filter(upload -> after.map(last -> ORDER.compare(upload, last) > 0).orElse(true))
                .sorted(ORDER).limit(limit).toList();
    }

    @Override
    public void record(UnboundedUpload upload, SizeCheck check) {
        rows.replaceAll(row -> row.id().equals(upload.grantId()) && row.sizeCheck().isEmpty() ? row.withSizeCheck(check) : row);
    }

    Optional<SizeCheck> check(UUID grant) {
        return rows.stream().filter(row -> row.id().equals(grant)).findFirst().orElseThrow().sizeCheck();
    }

    private static UnboundedUpload upload(AccessGrant row) {
        return new UnboundedUpload(row.id(), row.principal(), StoreKind.byLabel(row.backend()).orElseThrow(), new BucketName(row.bucket()),
                row.objectKey().orElseThrow(), row.expiresAt());
    }
}
