package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listings, presigned and direct, see a miner's folder and only it; a delimiter gives its job folders. */
abstract class ListingChecks extends ObjectIoChecks {

    private StorageLocation mine;
    private StorageLocation neighbour;

    /** Two job folders of one miner, and a neighbour whose hotkey extends the miner's: prefix, not folder, matching. */
    private synchronized void seed() {
        if (mine != null) {
            return;
        }
        StorageLocation folder = newFolder();
        String value = folder.folder().value();
        StorageLocation next = new StorageLocation(bucket(), new FolderPrefix(value.substring(0, value.length() - 1) + "x/"));
        Uploads.all(store, bucket(), List.of(key(folder, "job_id=1/a.bin"), key(folder, "job_id=2/b.bin"), key(next, "job_id=1/c.bin")),
                randomBytes(16));
        neighbour = next;
        mine = folder;
    }

    @Test
    void presignedListReturnsTheFolderOnly() {
        listings();
        seed();
        ListingXml listing = fetch(bucket(), ListQuery.of(mine.folder()));
        String folder = mine.folder().value();
        assertEquals(List.of(folder + "job_id=1/a.bin", folder + "job_id=2/b.bin"), listing.keys());
        assertEquals(List.of(), listing.commonPrefixes());
        assertEquals(List.of(neighbour.folder().value() + "job_id=1/c.bin"), fetch(bucket(), ListQuery.of(neighbour.folder())).keys());
    }

    @Test
    void presignedListWithDelimiterGivesJobFolders() {
        listings();
        seed();
        ListingXml listing = fetch(bucket(), ListQuery.of(mine.folder()).withDelimiter("/"));
        assertEquals(List.of(), listing.keys());
        assertEquals(List.of(mine.folder().value() + "job_id=1/", mine.folder().value() + "job_id=2/"), listing.commonPrefixes());
    }

    @Test
    void directListAgreesWithPresignedList() {
        var listings = listings();
        seed();
        ListPage page = listings.list(bucket(), ListQuery.of(mine.folder()), LIST_TIMEOUT);
        assertEquals(fetch(bucket(), ListQuery.of(mine.folder())).keys(),
                page.objects().stream().map(StoredObject::key).map(ObjectKey::value).toList());
        assertTrue(page.objects().stream().allMatch(o -> o.size() == 16), () -> "sizes: " + page.objects());
        assertTrue(page.nextContinuationToken().isEmpty());
        ListPage folders = listings.list(bucket(), ListQuery.of(mine.folder()).withDelimiter("/"), LIST_TIMEOUT);
        assertEquals(fetch(bucket(), ListQuery.of(mine.folder()).withDelimiter("/")).commonPrefixes(), folders.commonPrefixes());
    }

    @Test
    void maxKeysLimitsAPage() {
        var listings = listings();
        seed();
        ListPage first = listings.list(bucket(), ListQuery.of(mine.folder()).withMaxKeys(1), LIST_TIMEOUT);
        assertEquals(1, first.objects().size());
        assertTrue(first.nextContinuationToken().isPresent(), "a truncated page names the next one");
        ListingXml presigned = fetch(bucket(), ListQuery.of(mine.folder()).withMaxKeys(1));
        assertEquals(1, presigned.keys().size());
        assertTrue(presigned.nextContinuationToken().isPresent(), "a truncated presigned page names the next one");
    }

    /** A miner's folder may live in a bucket of its own (SPEC §8): listings name the bucket they list. */
    @Test
    void listingsNameTheirBucket() {
        var listings = listings();
        StorageLocation here = newFolder();
        StorageLocation there = new StorageLocation(secondBucket(), here.folder());
        Uploads.one(store, bucket(), key(here, "job_id=1/first.bin"), randomBytes(8));
        Uploads.one(store, secondBucket(), key(there, "job_id=1/second.bin"), randomBytes(8));
        assertEquals(List.of(here.folder().value() + "job_id=1/first.bin"), listedKeys(here));
        assertEquals(List.of(there.folder().value() + "job_id=1/second.bin"), listedKeys(there));
        assertEquals(List.of(there.folder().value() + "job_id=1/second.bin"), fetch(secondBucket(), ListQuery.of(there.folder())).keys());
        var inSecond = listings.list(secondBucket(), ListQuery.of(here.folder()), LIST_TIMEOUT).objects();
        assertTrue(inSecond.stream().noneMatch(o -> o.key().value().endsWith("first.bin")), inSecond::toString);
    }

    ListingXml fetch(BucketName bucket, ListQuery query) {
        StoreHttp.Reply reply = StoreHttp.get(listings().presignList(bucket, query, TTL));
        assertEquals(200, reply.status(), reply::text);
        return ListingXml.parse(reply.body());
    }
}
