package io.subnetstorage.auth.bootstrap.embedded;

import io.subnetstorage.auth.application.port.out.storage.ForwardingObjectStore;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.util.Optional;

/**
 * The S3 adapter's store for the embedded s3proxy, with its listings taken in process ({@link InProcessListings});
 * everything else, presigning included, is the adapter's.
 */
final class InProcessListingStore extends ForwardingObjectStore {

    private final Optional<Listings> listings;

    InProcessListingStore(ObjectStore overHttp, Listings listings) {
        super(overHttp);
        this.listings = Optional.of(listings);
    }

    @Override
    public Optional<Listings> listings() {
        return listings;
    }
}
