package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ListPage;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks folders of a store page by page against one shared deadline. */
final class FolderWalk {

    private final ObjectStore store;
    private final long deadlineNanos;

    /** The budget is wall time on a monotonic clock: it bounds real waiting, whatever the service clock says. */
    FolderWalk(ObjectStore store, Duration budget) {
        this.store = store;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** The immediate subfolders of {@code folder}, across all pages. */
    List<FolderPrefix> subfolders(FolderPrefix folder) {
        List<FolderPrefix> found = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            ListQuery query = ListQuery.of(folder).withDelimiter("/");
            if (token.isPresent()) {
                query = query.withContinuationToken(token.get());
            }
            ListPage page = store.list(query, remaining());
            // A folder name nobody could have uploaded through a grant (".." and the like) is skipped, not fatal.
            page.commonPrefixes().stream().filter(ObjectKey::isSafe).forEach(prefix -> found.add(new FolderPrefix(prefix)));
            token = page.nextContinuationToken();
        } while (token.isPresent());
        return found;
    }

    URI presignListing(FolderPrefix folder, Duration validity) {
        return store.presignList(ListQuery.of(folder), validity);
    }

    private Duration remaining() {
        Duration left = Duration.ofNanos(deadlineNanos - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new DependencyUnavailable("the listing budget is spent");
        }
        return left;
    }
}
