package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;

/** Walks folders of a store page by page against one shared deadline. */
final class FolderWalk {

    private final Listings store;
    private final BucketName bucket;
    private final ExecutorService listing;
    private final long deadlineNanos;

    /** The budget is wall time on a monotonic clock: it bounds real waiting, whatever the service clock says. */
    FolderWalk(Listings store, BucketName bucket, ExecutorService listing, Duration budget) {
        this.store = store;
        this.bucket = bucket;
        this.listing = listing;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /**
     * Applies {@code task} to every folder concurrently and returns the results in the folders' order.
     * Listing is a round trip per folder, so hundreds of miners walked one after another would take
     * hundreds of round trips of wall time; the pool bounds how many run at once.
     */
    <T> List<T> inParallel(List<FolderPrefix> folders, Function<FolderPrefix, T> task) {
        List<Future<T>> pending = new ArrayList<>(folders.size());
        try {
            for (FolderPrefix folder : folders) {
                pending.add(listing.submit(() -> task.apply(folder)));
            }
            List<T> results = new ArrayList<>(folders.size());
            for (Future<T> future : pending) {
                results.add(future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } catch (TimeoutException spent) {
            throw new DependencyUnavailable("the listing budget is spent");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new DependencyUnavailable("listing failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailable("interrupted while listing", interrupted);
        } finally {
            pending.forEach(future -> future.cancel(true));
        }
    }

    /** The immediate subfolders of {@code folder}, across all pages. */
    List<FolderPrefix> subfolders(FolderPrefix folder) {
        return subfolders(folder, Integer.MAX_VALUE, name -> true).folders();
    }

    /**
     * At most {@code atMost} immediate subfolders whose name passes {@code nameAllowed}, listing no further
     * than needed to know whether there are more: one miner with 20,000 folders must not slow every validator.
     */
    Subfolders subfolders(FolderPrefix folder, int atMost, Predicate<String> nameAllowed) {
        List<FolderPrefix> found = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            ListQuery query = ListQuery.of(folder).withDelimiter("/");
            if (token.isPresent()) {
                query = query.withContinuationToken(token.get());
            }
            ListPage page = store.list(bucket, query, remaining());
            for (String prefix : page.commonPrefixes()) {
                // A folder name nobody could have uploaded through a grant (".." and the like) is skipped, not fatal.
                if (!ObjectKey.isSafe(prefix) || !nameAllowed.test(prefix.substring(folder.value().length(), prefix.length() - 1))) {
                    continue;
                }
                if (found.size() == atMost) {
                    return new Subfolders(found, true);
                }
                found.add(new FolderPrefix(prefix));
            }
            token = page.nextContinuationToken();
        } while (token.isPresent());
        return new Subfolders(found, false);
    }

    /** Subfolders found, and whether more were left unlisted. */
    record Subfolders(List<FolderPrefix> folders, boolean truncated) {
    }

    URI presignListing(FolderPrefix folder, Duration validity) {
        return store.presignList(bucket, ListQuery.of(folder), validity);
    }

    private Duration remaining() {
        Duration left = Duration.ofNanos(deadlineNanos - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new DependencyUnavailable("the listing budget is spent");
        }
        return left;
    }
}
