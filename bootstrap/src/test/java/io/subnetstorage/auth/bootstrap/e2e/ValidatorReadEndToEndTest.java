package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.DAVE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.folder;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.ListingXml;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.application.storage.contract.Uploads;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A validator reads what a miner uploaded: listings, job folders, pages past 1,000 keys, and byte-identical downloads. */
@MicronautTest
class ValidatorReadEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private final String job = "job_id=" + UUID.randomUUID();
    private final byte[] content = new byte[2048];
    private String uploaded;

    private Wire wire() {
        return new Wire(server.getURI());
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void aliceUploadsOneFile() {
        new Random(7).nextBytes(content);
        uploaded = folder(ALICE) + job + "/data_20261123_120000_42.parquet";
        Wire.Answer grant = wire().post("/get-folder-access", Signer.miner(ALICE, now()));
        var fields = new java.util.LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        fields.put("key", uploaded);
        assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, content).status());
    }

    private static ListingXml list(String url) {
        StoreHttp.Reply reply = StoreHttp.get(URI.create(url));
        assertEquals(200, reply.status(), reply.text());
        return ListingXml.parse(reply.body());
    }

    @Test
    void validatorAccessListsAllDataAndEveryMinerFolder() {
        Wire.Answer access = wire().post("/get-validator-access", Signer.validatorAccess(BOB, now()));
        assertEquals(200, access.status(), access.text());
        assertEquals(TestStore.BUCKET, access.string("bucket"));
        assertEquals(BOB.address(), access.string("validator_hotkey"));
        assertEquals(86_400, access.json().get("expiry_seconds"));
        String allData = (String) access.map("urls").entrySet().stream()
                .filter(e -> e.getKey().equals("global")).map(e -> ((Map<?, ?>) e.getValue()).get("list_all_data")).findFirst().orElseThrow();
        String allMiners = (String) ((Map<?, ?>) access.map("urls").get("miners")).get("list_all_miners");
        ListingXml data = list(allData);
        assertTrue(data.keys().stream().allMatch(key -> key.startsWith("data/hotkey=")), "only miner data");
        // One presigned URL is one page: the upload is on it unless other tests' bulk data fills the page first.
        assertTrue(data.keys().contains(uploaded) || data.nextContinuationToken().isPresent(), data.keys().toString());
        assertTrue(list(allMiners).commonPrefixes().contains(folder(ALICE)));
    }

    @Test
    void minerSpecificAccessAndFolderUrlsReachTheUploadedFile() {
        Wire.Answer specific = wire().post("/get-miner-specific-access", Signer.aboutMiner(BOB, ALICE, now()));
        assertEquals(200, specific.status(), specific.text());
        assertEquals(folder(ALICE), specific.string("prefix"));
        assertTrue(list(specific.string("miner_url")).keys().contains(uploaded));

        Wire.Answer folders = wire().post("/get-folder-presigned-urls", Signer.folders(BOB, now()));
        assertEquals(200, folders.status(), folders.text());
        Map<?, ?> alice = (Map<?, ?>) folders.map("folder_urls").get(ALICE.address());
        assertEquals(folder(ALICE), alice.get("miner_path"));
        Map<?, ?> ourJob = ((List<?>) alice.get("job_folders")).stream().map(Map.class::cast)
                .filter(j -> j.get("job_id").equals(job.substring("job_id=".length()))).findFirst().orElseThrow();
        assertEquals(folder(ALICE) + job + "/", ourJob.get("path"));
        assertEquals(List.of(uploaded), list((String) ourJob.get("presigned_url")).keys());
        assertEquals(folders.map("folder_urls").size(), folders.json().get("total_miners"));
    }

    @Test
    void fileUrlsDownloadTheSameBytesAndRefuseKeysOutsideTheMinersFolder() {
        List<String> keys = List.of(uploaded, folder(CHARLIE) + "job_id=1/x.parquet", folder(ALICE) + "../x", "/" + uploaded);
        Wire.Answer files = wire().post("/get-file-presigned-urls", Signer.files(BOB, ALICE, now(), keys));
        assertEquals(200, files.status(), files.text());
        Map<?, ?> url = (Map<?, ?>) files.map("file_urls").get(uploaded);
        assertEquals("data_20261123_120000_42.parquet", url.get("file_name"));
        assertEquals(3600, url.get("expires_in_seconds"));
        assertArrayEquals(content, StoreHttp.get(URI.create((String) url.get("presigned_url"))).body());
        assertEquals(keys.subList(1, 4), files.json().get("invalid_files"));
        assertEquals(List.of(4, 1, 3, 0), List.of(files.json().get("total_requested"), files.json().get("total_valid"),
                files.json().get("total_invalid"), files.json().get("total_failed")));

        Wire.Answer none = wire().post("/get-file-presigned-urls", Signer.files(BOB, ALICE, now(), keys.subList(1, 4)));
        assertEquals(400, none.status());
        assertEquals("No valid files for specified miner", none.detail());
    }

    @Test
    void theMinerListPagesPastOneThousandKeysWithAFreshUrlPerPage() {
        String bulkJob = folder(CHARLIE) + "job_id=" + UUID.randomUUID() + "/";
        List<ObjectKey> keys = IntStream.range(0, 1001).mapToObj(i -> new ObjectKey(bulkJob + "part-" + i)).toList();
        Uploads.all(TestStore.store(), TestStore.bucket(), keys, new byte[1]);
        Map<String, Object> signed = Signer.aboutMiner(BOB, CHARLIE, now());
        Set<String> seen = new HashSet<>();
        List<String> urls = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Wire.Answer page = wire().post("/get-miner-list", token.map(t -> Signer.with(signed, "continuation_token", t)).orElse(signed));
            assertEquals(200, page.status(), page.text());
            urls.add(page.string("list_url"));
            ListingXml listing = list(page.string("list_url"));
            seen.addAll(listing.keys());
            token = listing.nextContinuationToken();
        } while (token.isPresent());
        assertTrue(urls.size() >= 2, "more than one page");
        assertEquals(urls.size(), new HashSet<>(urls).size(), "every page has its own URL");
        assertTrue(seen.containsAll(keys.stream().map(ObjectKey::value).toList()));
    }

    @Test
    void minersAndUnderStakedValidatorsAreNotValidators() {
        for (var notValidator : List.of(ALICE, DAVE)) {
            Wire.Answer refused = wire().post("/get-validator-access", Signer.validatorAccess(notValidator, now()));
            assertEquals(401, refused.status());
            assertEquals("You are not validator", refused.detail());
        }
    }
}
