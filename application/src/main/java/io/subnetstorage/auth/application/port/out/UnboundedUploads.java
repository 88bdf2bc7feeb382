package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's PUT grants without a size bound (SPEC §7), whose objects the service checks once their URL
 * has expired. Throws {@link DependencyUnavailable} when the ledger cannot be reached.
 */
public interface UnboundedUploads {

    /**
     * Grants not yet checked whose URL expired before {@code expiredBefore}, on one of {@code stores}, for keys
     * under {@code under}: ordered by expiry (then grant id), those after {@code after} in that order, at most
     * {@code limit}.
     */
    List<UnboundedUpload> due(Set<StoreKind> stores, FolderPrefix under, Instant expiredBefore, Optional<UnboundedUpload> after,
            int limit);

    /** Records the outcome of one grant's check, once: a grant already checked keeps its first outcome. */
    void record(UnboundedUpload upload, SizeCheck check);
}
