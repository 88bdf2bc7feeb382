package io.subnetstorage.auth.application.port.out.storage;

import java.util.List;
import java.util.Optional;

/** One page of a listing: objects, common prefixes (with a delimiter), and the token of the next page. */
public record ListPage(List<StoredObject> objects, List<String> commonPrefixes, Optional<String> nextContinuationToken) {

    public ListPage {
        objects = List.copyOf(objects);
        commonPrefixes = List.copyOf(commonPrefixes);
        java.util.Objects.requireNonNull(nextContinuationToken, "nextContinuationToken");
    }
}
