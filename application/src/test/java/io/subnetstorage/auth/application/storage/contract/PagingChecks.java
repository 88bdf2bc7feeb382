package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** More than one default page (1,000 keys): every key is reached by following continuation tokens. */
abstract class PagingChecks extends ListingChecks {

    static final int OBJECTS = 1_001;
    private StorageLocation bulk;
    private List<String> expected;

    private synchronized void seedBulk() {
        if (bulk != null) {
            return;
        }
        StorageLocation folder = newFolder();
        List<ObjectKey> keys = IntStream.range(0, OBJECTS)
                .mapToObj(i -> key(folder, String.format("job_id=%d/part_%05d.bin", i % 3, i))).toList();
        Uploads.all(store, bucket(), keys, new byte[] {1});
        expected = keys.stream().map(ObjectKey::value).sorted().toList();
        bulk = folder;
    }

    @Test
    @Tag("bulk")
    void listFollowsContinuationTokensPastOneThousandKeys() {
        var listings = listings();
        seedBulk();
        assertEquals(expected, followAll(token -> {
            ListPage page = listings.list(bucket(), ListQuery.of(bulk.folder()).withContinuationToken(token.orElse(null)), LIST_TIMEOUT);
            return new Page(page.objects().stream().map(StoredObject::key).map(ObjectKey::value).toList(),
                    page.nextContinuationToken());
        }));
    }

    @Test
    @Tag("bulk")
    void presignedListFollowsContinuationTokensPastOneThousandKeys() {
        listings();
        seedBulk();
        assertEquals(expected, followAll(token -> {
            ListingXml page = fetch(bucket(), ListQuery.of(bulk.folder()).withContinuationToken(token.orElse(null)));
            return new Page(page.keys(), page.nextContinuationToken());
        }));
    }

    private record Page(List<String> keys, Optional<String> next) {
    }

    private static List<String> followAll(Function<Optional<String>, Page> fetchPage) {
        List<String> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page page = fetchPage.apply(token);
            seen.addAll(page.keys());
            token = page.next();
            pages++;
        } while (token.isPresent() && pages < 10);
        assertTrue(pages >= 2, "1,001 keys need a second page");
        return seen;
    }
}
