package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A miner's folder form uploads into its own folder within the size range, and nothing else. */
abstract class PostPolicyChecks extends ContractFixture {

    private StorageLocation folder;

    private synchronized StorageLocation folder() {
        if (folder == null) {
            folder = newFolder();
        }
        return folder;
    }

    private UploadForm form() {
        return folderUploads().presignFolderUpload(folder(), UploadLimits.DEPLOYED, Instant.now().plus(TTL));
    }

    private ObjectKey parquet() {
        return key(folder(), "job_id=1/data_20250101_120000_" + System.nanoTime() + ".parquet");
    }

    @Test
    void postFormUploadsTwoKibibytesAndGetReturnsThem() {
        UploadForm form = form();
        ObjectKey key = parquet();
        byte[] content = randomBytes(2048);
        StoreHttp.Reply reply = StoreHttp.post(form, key.value(), content);
        assertEquals(204, reply.status(), reply.text());
        StoreHttp.Reply got = fetch(bucket(), key);
        assertEquals(200, got.status(), got.text());
        assertArrayEquals(content, got.body());
    }

    @Test
    void postFormKeyTemplateNamesTheFolder() {
        Map<String, String> fields = form().fields();
        assertTrue(fields.getOrDefault("key", "").startsWith(folder().folder().value()), () -> "key field: " + fields.get("key"));
    }

    @Test
    void postFormRefusesFileUnderTheMinimum() {
        assertRefused(form(), parquet(), randomBytes(512));
    }

    @Test
    void postFormRefusesKeyOutsideTheFolder() {
        assertRefused(form(), new ObjectKey("kit-outside/" + System.nanoTime() + ".parquet"), randomBytes(2048));
    }

    @Test
    void postFormRefusesAnotherMinersFolder() {
        assertRefused(form(), key(newFolder(), "job_id=1/stolen.parquet"), randomBytes(2048));
    }

    @Test
    void postFormRefusesExpiredPolicy() {
        UploadForm expired = folderUploads().presignFolderUpload(folder(), UploadLimits.DEPLOYED, Instant.now().minusSeconds(60));
        assertRefused(expired, parquet(), randomBytes(2048));
    }

    @Test
    void postFormRefusesTamperedSignature() {
        UploadForm form = form();
        var fields = new java.util.LinkedHashMap<>(form.fields());
        fields.replaceAll((name, value) -> name.toLowerCase().endsWith("signature") ? flipLast(value) : value);
        assertRefused(new UploadForm(form.url(), fields), parquet(), randomBytes(2048));
    }

    /** A miner who rewrites the policy to cover every folder must be refused: the signature no longer matches. */
    @Test
    void postFormRefusesWidenedPolicy() {
        UploadForm form = form();
        var fields = new java.util.LinkedHashMap<>(form.fields());
        String policy = fields.get("policy");
        assumeTrue(policy != null, "the form carries no base64 policy");
        String json = new String(Base64.getDecoder().decode(policy), StandardCharsets.UTF_8);
        fields.put("policy", Base64.getEncoder().encodeToString(
                json.replace(folder().folder().value(), FolderPrefix.DATA_ROOT).getBytes(StandardCharsets.UTF_8)));
        assertRefused(new UploadForm(form.url(), fields), key(newFolder(), "job_id=1/x.parquet"), randomBytes(2048));
    }

    /**
     * A key with {@code ..} that starts in the granted folder passes the policy's {@code starts-with}. On AWS it is a
     * literal name inside that folder; a store that resolved it would put the object in another miner's folder.
     * Refusing the upload would be safe too.
     */
    @Test
    void postFormKeyWithDotSegmentsNeverReachesAnotherFolder() {
        UploadForm form = form();
        StorageLocation other = newFolder();
        String otherName = other.folder().value().substring(FolderPrefix.DATA_ROOT.lastIndexOf('/') + 1);
        String key = folder().folder().value() + "../" + otherName + "job_id=1/dots.parquet";
        // A folder with an object in it: a file system resolves ".." only through a directory that exists.
        assertEquals(204, StoreHttp.post(form, parquet().value(), randomBytes(2048)).status());
        StoreHttp.Reply reply = StoreHttp.post(form, key, randomBytes(2048));
        if (!storeKeepsDotSegmentsLiteral()) {
            boolean literal = reply.status() == 204 && presignedListing(folder()).contains(key) && presignedListing(other).isEmpty();
            assertFalse(literal, "declared to mishandle dot segments, yet the key was kept literal: drop the declaration");
            return;
        }
        assertTrue(reply.status() == 204 || reply.refused(), () -> reply.status() + " " + reply.text());
        assertEquals(List.of(), presignedListing(other), "an upload through one folder's form reached another folder");
        if (reply.status() == 204) {
            assertTrue(presignedListing(folder()).contains(key), () -> "stored, but not under its literal key: "
                    + presignedListing(folder()));
        }
    }

    private List<String> presignedListing(StorageLocation location) {
        StoreHttp.Reply listing = StoreHttp.get(store.listings().orElseThrow()
                .presignList(location.bucket(), ListQuery.of(location.folder()), TTL));
        assertEquals(200, listing.status(), listing::text);
        return ListingXml.parse(listing.body()).keys();
    }

    private void assertRefused(UploadForm form, ObjectKey key, byte[] content) {
        StoreHttp.Reply reply = StoreHttp.post(form, key.value(), content);
        assertTrue(reply.refused(), () -> "expected a 4xx, got " + reply.status() + " " + reply.text());
        assertAbsent(bucket(), key);
    }

    static String flipLast(String value) {
        char last = value.charAt(value.length() - 1);
        return value.substring(0, value.length() - 1) + (last == '0' ? '1' : '0');
    }
}
