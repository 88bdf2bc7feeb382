package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.storage.contract.ListingXml;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.client.ReadStore;
import io.subnetstorage.auth.client.RemoteObject;
import io.subnetstorage.auth.client.ServiceClient;
import io.subnetstorage.auth.client.ValidatorClient;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * What miners and a validator (//Bob) do in each phase, over HTTP with real signatures: the three ways to ask for an
 * upload, the upload itself to wherever the answer points, and per-miner reads with or without a named store.
 * Every call returns where the store URL it used points ({@link PhasedService#storeOf}); the client SDK and its command
 * line read through the same service.
 */
final class PhaseCalls {

    /** An object a miner put: its key, its bytes, and the store its grant sent it to. */
    record Uploaded(ObjectKey key, byte[] bytes, String store) {
    }

    /** A validator's listing of one miner: the keys, and the store the listing URL points at. */
    record Listing(List<String> keys, String store) {
    }

    private final PhasedService service;

    PhaseCalls(PhasedService service) {
        this.service = service;
    }

    /** Today's Subnet 46 client: {@code /get-folder-access} without {@code files}, a POST form for the folder. */
    Uploaded folderForm(Sr25519Keypair miner) {
        Wire.Answer grant = service.wire().post("/get-folder-access", Signer.miner(miner, now()));
        assertEquals(200, grant.status(), grant.text());
        assertEquals("POST", grant.string("method"), grant.text());
        ObjectKey key = newKey(miner);
        byte[] bytes = bytes(key);
        @SuppressWarnings("unchecked")
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        fields.put("key", key.value());
        assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, bytes).status(), "the form upload");
        return new Uploaded(key, bytes, service.storeOf(grant.string("url")));
    }

    /** The per-object client of SPEC §7: {@code /get-folder-access} listing its one file; a PUT or, on a POST store, the form. */
    Uploaded listedFile(Sr25519Keypair miner) {
        ObjectKey key = newKey(miner);
        byte[] bytes = bytes(key);
        Map<String, Object> body = new HashMap<>(Signer.miner(miner, now()));
        body.put("files", List.of(Map.of("key", key.value().substring(Signer.folder(miner).length()), "size", bytes.length)));
        Wire.Answer grant = service.wire().post("/get-folder-access", body);
        assertEquals(200, grant.status(), grant.text());
        if ("POST".equals(grant.string("method"))) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
            fields.put("key", key.value());
            assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, bytes).status(), "the form upload");
            return new Uploaded(key, bytes, service.storeOf(grant.string("url")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> upload = (Map<String, Object>) grant.map("uploads").get(key.value());
        return put(key, bytes, (String) upload.get("url"), upload.get("headers"));
    }

    /** Subnet 13's per-object call, {@code /get-file-upload-url}: a POST form for exactly that key, or a PUT. */
    Uploaded fileUploadUrl(Sr25519Keypair miner) {
        ObjectKey key = newKey(miner);
        byte[] bytes = bytes(key);
        String job = key.value().split("/")[2].substring("job_id=".length());
        long timestamp = now();
        String signature = miner.sign(Commitment.minerFileUpload(Hotkey.of(miner.address()), job, key.fileName(), timestamp).text()).hex();
        Wire.Answer grant = service.wire().post("/get-file-upload-url", Map.of("hotkey", miner.address(), "timestamp", timestamp,
                "signature", signature, "job_id", job, "filename", key.fileName(), "size", bytes.length));
        assertEquals(200, grant.status(), grant.text());
        assertEquals(key.value(), grant.string("s3_key"));
        if ("POST".equals(grant.string("method"))) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = (Map<String, String>) grant.json().get("fields");
            assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, bytes).status(), "the form upload");
            return new Uploaded(key, bytes, service.storeOf(grant.string("url")));
        }
        return put(key, bytes, grant.string("url"), grant.json().get("headers"));
    }

    private Uploaded put(ObjectKey key, byte[] bytes, String url, Object headers) {
        @SuppressWarnings("unchecked")
        Map<String, String> signed = (Map<String, String>) headers;
        StoreHttp.Reply put = StoreHttp.put(URI.create(url), signed, bytes);
        assertEquals(200, put.status(), put.text());
        return new Uploaded(key, bytes, service.storeOf(url));
    }

    /** {@code /get-miner-list} by //Bob, {@code store} named or not; the first page (these folders hold a few files). */
    Listing list(Sr25519Keypair miner, Optional<String> store) {
        Wire.Answer page = service.wire().post("/get-miner-list", read(Signer.aboutMiner(BOB, miner, now()), store));
        assertEquals(200, page.status(), page.text());
        StoreHttp.Reply listing = StoreHttp.get(URI.create(page.string("list_url")));
        assertEquals(200, listing.status(), listing.text());
        return new Listing(ListingXml.parse(listing.body()).keys(), service.storeOf(page.string("list_url")));
    }

    /** {@code /get-file-presigned-urls} by //Bob for one object, downloaded and compared; the store it came from. */
    String download(Sr25519Keypair miner, Uploaded object, Optional<String> store) {
        Wire.Answer files = service.wire().post("/get-file-presigned-urls",
                read(Signer.files(BOB, miner, now(), List.of(object.key().value())), store));
        assertEquals(200, files.status(), files.text());
        String url = (String) ((Map<?, ?>) files.map("file_urls").get(object.key().value())).get("presigned_url");
        StoreHttp.Reply got = StoreHttp.get(URI.create(url));
        assertEquals(200, got.status(), "download of " + object.key() + " from " + service.storeOf(url));
        assertArrayEquals(object.bytes(), got.body(), "the bytes the miner put, from " + service.storeOf(url));
        return service.storeOf(url);
    }

    /** The client SDK and its command line send the {@code store} they are given, and read what that store holds. */
    void clientReadsTheStoreItNames() {
        ObjectKey onlyOnHippius = new ObjectKey(Signer.folder(ALICE) + "job_id=validation/data_20261130_070000_1.parquet");
        byte[] bytes = new byte[1500];
        new Random(11).nextBytes(bytes);
        service.putOnHippius(onlyOnHippius, bytes);
        ServiceClient bob = new ServiceClient(service.uri(), DevKeys.bob());
        assertTrue(keys(new ValidatorClient(bob, Optional.of(ReadStore.HIPPIUS))).contains(onlyOnHippius.value()));
        assertFalse(keys(new ValidatorClient(bob, Optional.of(ReadStore.S3))).contains(onlyOnHippius.value()));
        assertFalse(keys(new ValidatorClient(bob)).contains(onlyOnHippius.value()), "unnamed: Alice's upload store, S3");

        try {
            Path out = Files.createTempDirectory("ssa-phases-download");
            String printed = CommandLine.run(service.uri(), 0, "validator", "download", "--uri", "//Bob", "--miner", ALICE.address(),
                    "--store", "hippius", "--out", out.toString(), onlyOnHippius.value());
            assertTrue(printed.startsWith("OK\t"), printed);
            assertTrue(printed.contains("content: unattributed\t" + onlyOnHippius.value()), printed);
            assertArrayEquals(bytes, Files.readAllBytes(out.resolve("job_id=validation/data_20261130_070000_1.parquet")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(CommandLine.run(service.uri(), 0, "validator", "files", "--uri", "//Bob", "--miner", ALICE.address(), "--store", "s3")
                .contains(onlyOnHippius.value()));
    }

    private static List<String> keys(ValidatorClient validator) {
        return validator.files(ALICE.address()).stream().map(RemoteObject::key).toList();
    }

    /** A validator request naming a store; the answer as it came. */
    Wire.Answer readNaming(Sr25519Keypair miner, String store) {
        return service.wire().post("/get-miner-list", read(Signer.aboutMiner(BOB, miner, now()), Optional.of(store)));
    }

    private static Map<String, Object> read(Map<String, Object> signed, Optional<String> store) {
        return store.map(named -> Signer.with(signed, "store", named)).orElse(signed);
    }

    private static ObjectKey newKey(Sr25519Keypair miner) {
        return new ObjectKey(Signer.folder(miner) + "job_id=" + UUID.randomUUID() + "/data_20261130_060000_1.parquet");
    }

    private static byte[] bytes(ObjectKey key) {
        byte[] bytes = new byte[2048];
        new Random(key.hashCode()).nextBytes(bytes);
        return bytes;
    }
}
