package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.ListPage;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.StoredObject;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listings, presigned and direct, see a miner's folder and only it; a delimiter gives its job folders. */
abstract class ListingChecks extends ObjectUrlChecks {

    private FolderPrefix mine;
    private FolderPrefix neighbour;

    /** Two job folders of one miner, and a neighbour whose hotkey extends the miner's: prefix, not folder, matching. */
    private synchronized void seed() {
        if (mine != null) {
            return;
        }
        FolderPrefix folder = newFolder();
        FolderPrefix next = new FolderPrefix(folder.value().substring(0, folder.value().length() - 1) + "x/");
        Uploads.all(store, List.of(key(folder, "job_id=1/a.bin"), key(folder, "job_id=2/b.bin"),
                key(next, "job_id=1/c.bin")), randomBytes(16));
        neighbour = next;
        mine = folder;
    }

    @Test
    void presignedListReturnsTheFolderOnly() {
        assumeListing();
        seed();
        ListingXml listing = fetch(ListQuery.of(mine));
        assertEquals(List.of(mine.value() + "job_id=1/a.bin", mine.value() + "job_id=2/b.bin"), listing.keys());
        assertEquals(List.of(), listing.commonPrefixes());
        assertEquals(List.of(neighbour.value() + "job_id=1/c.bin"), fetch(ListQuery.of(neighbour)).keys());
    }

    @Test
    void presignedListWithDelimiterGivesJobFolders() {
        assumeListing();
        seed();
        ListingXml listing = fetch(ListQuery.of(mine).withDelimiter("/"));
        assertEquals(List.of(), listing.keys());
        assertEquals(List.of(mine.value() + "job_id=1/", mine.value() + "job_id=2/"), listing.commonPrefixes());
    }

    @Test
    void directListAgreesWithPresignedList() {
        assumeListing();
        seed();
        ListPage page = store.list(ListQuery.of(mine), LIST_TIMEOUT);
        assertEquals(fetch(ListQuery.of(mine)).keys(),
                page.objects().stream().map(StoredObject::key).map(ObjectKey::value).toList());
        assertTrue(page.objects().stream().allMatch(o -> o.size() == 16), () -> "sizes: " + page.objects());
        assertTrue(page.nextContinuationToken().isEmpty());
        ListPage folders = store.list(ListQuery.of(mine).withDelimiter("/"), LIST_TIMEOUT);
        assertEquals(fetch(ListQuery.of(mine).withDelimiter("/")).commonPrefixes(), folders.commonPrefixes());
    }

    @Test
    void maxKeysLimitsAPage() {
        assumeListing();
        seed();
        ListPage first = store.list(ListQuery.of(mine).withMaxKeys(1), LIST_TIMEOUT);
        assertEquals(1, first.objects().size());
        assertTrue(first.nextContinuationToken().isPresent(), "a truncated page names the next one");
        ListingXml presigned = fetch(ListQuery.of(mine).withMaxKeys(1));
        assertEquals(1, presigned.keys().size());
        assertTrue(presigned.nextContinuationToken().isPresent(), "a truncated presigned page names the next one");
    }

    ListingXml fetch(ListQuery query) {
        StoreHttp.Reply reply = StoreHttp.get(store.presignList(query, TTL));
        assertEquals(200, reply.status(), reply::text);
        return ListingXml.parse(reply.body());
    }
}
