package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorClientTest {

    private static final String MINER = DevKeys.alice().address();
    private static final String FOLDER = "data/hotkey=" + MINER + "/";

    @TempDir
    Path dir;

    private static RemoteObject object(String job, String name, byte[] content) throws Exception {
        return new RemoteObject(FOLDER + "job_id=" + job + "/" + name, content.length,
                HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)), "2026-03-01T12:00:00.000Z");
    }

    @Test
    void followsContinuationTokensWithAFreshSignedRequestPerPageThenDownloadsAndChecks() throws Exception {
        byte[] a = "alpha".repeat(300).getBytes(StandardCharsets.UTF_8);
        byte[] b = "bravo".repeat(400).getBytes(StandardCharsets.UTF_8);
        byte[] c = "charlie".repeat(500).getBytes(StandardCharsets.UTF_8);
        List<RemoteObject> all = List.of(object("1", "a", a), object("1", "b", b), object("2", "c", c));
        Map<String, byte[]> contents = Map.of(all.get(0).key(), a, all.get(1).key(), b, all.get(2).key(), c);
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-miner-list", request -> {
                JsonNode body = ServiceClient.JSON.readTree(request.body());
                String page = body.path("continuation_token").asText("first");
                return FakeHttp.Response.json("{\"list_url\": \"" + http.uri("/list?page=" + page) + "\", \"miner_hotkey\": \"" + MINER + "\"}");
            });
            http.on("/list", request -> new FakeHttp.Response(200, "application/xml", switch (request.query()) {
                case "page=first" -> ListXml.page(FOLDER, all.subList(0, 2), List.of(), "second");
                case "page=second" -> ListXml.page(FOLDER, all.subList(2, 3), List.of(), null);
                default -> throw new IllegalStateException(request.query());
            }));
            http.on("/get-file-presigned-urls", request -> {
                StringBuilder urls = new StringBuilder("{\"file_urls\": {");
                for (JsonNode key : ServiceClient.JSON.readTree(request.body()).path("file_keys")) {
                    urls.append(urls.length() > 15 ? "," : "").append('"').append(key.asText()).append("\": {\"presigned_url\": \"")
                            .append(http.uri("/object/" + key.asText())).append("\"}");
                }
                return FakeHttp.Response.json(urls.append("}, \"invalid_files\": []}").toString());
            });
            http.on("/object/", request -> new FakeHttp.Response(200, "application/octet-stream",
                    new String(contents.get(request.path().substring("/object/".length())), StandardCharsets.UTF_8)));
            ValidatorClient validator = new ValidatorClient(new ServiceClient(http.uri(""), DevKeys.bob(), Transfers.newHttpClient(),
                    FakeHttp.FAST, Clock.systemUTC()));

            assertEquals(all, validator.files(MINER));
            assertEquals(List.of("1", "2"), List.copyOf(validator.jobs(MINER).keySet()));
            List<DownloadedFile> downloaded = validator.download(MINER, all, dir);

            assertEquals(4, http.requestsTo("/get-miner-list").size());
            assertTrue(downloaded.stream().allMatch(file -> file.integrity().ok()));
            assertArrayEquals(c, Files.readAllBytes(dir.resolve("job_id=2").resolve("c")));
            JsonNode filesRequest = ServiceClient.JSON.readTree(http.requestsTo("/get-file-presigned-urls").get(0).body());
            assertEquals(MINER, filesRequest.path("miner_hotkey").asText());
            assertEquals(3, filesRequest.path("file_keys").size());
        }
    }

    @Test
    void aNamedStoreIsSentWithEveryReadRequest() throws Exception {
        byte[] a = "alpha".repeat(300).getBytes(StandardCharsets.UTF_8);
        RemoteObject only = object("1", "a", a);
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-validator-access", request -> FakeHttp.Response.json(
                    "{\"urls\": {\"miners\": {\"list_all_miners\": \"" + http.uri("/miners") + "\"}}}"));
            http.on("/miners", request -> new FakeHttp.Response(200, "application/xml",
                    ListXml.page("data/hotkey=", List.of(), List.of(FOLDER), null)));
            http.on("/get-miner-list", request -> FakeHttp.Response.json("{\"list_url\": \"" + http.uri("/list") + "\"}"));
            http.on("/list", request -> new FakeHttp.Response(200, "application/xml", ListXml.page(FOLDER, List.of(only), List.of(), null)));
            http.on("/get-file-presigned-urls", request -> FakeHttp.Response.json("{\"file_urls\": {\"" + only.key()
                    + "\": {\"presigned_url\": \"" + http.uri("/object") + "\"}}}"));
            http.on("/object", request -> new FakeHttp.Response(200, "application/octet-stream", new String(a, StandardCharsets.UTF_8)));
            http.on("/verify-attribution", request -> FakeHttp.Response.json("{\"results\": {}}"));
            http.on("/attribution-key", request -> FakeHttp.Response.json("{\"ss58\": \"" + DevKeys.dave().address() + "\"}"));
            ValidatorClient validator = new ValidatorClient(new ServiceClient(http.uri(""), DevKeys.bob(), Transfers.newHttpClient(),
                    FakeHttp.FAST, Clock.systemUTC()), Optional.of(ReadStore.fromName("hippius")));

            validator.miners();
            List<DownloadedFile> downloaded = validator.download(MINER, validator.files(MINER), dir);
            validator.checkAttribution(MINER, downloaded);

            for (String path : List.of("/get-validator-access", "/get-miner-list", "/get-file-presigned-urls", "/verify-attribution")) {
                assertEquals("hippius", ServiceClient.JSON.readTree(http.requestsTo(path).get(0).body()).path("store").asText(), path);
            }
        }
    }

    @Test
    void minersComeFromTheDelimiterListing() throws Exception {
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-validator-access", request -> FakeHttp.Response.json(
                    "{\"urls\": {\"miners\": {\"list_all_miners\": \"" + http.uri("/miners") + "\"}}}"));
            http.on("/miners", request -> new FakeHttp.Response(200, "application/xml",
                    ListXml.page("data/hotkey=", List.of(), List.of(FOLDER, "data/hotkey=" + DevKeys.dave().address() + "/"), null)));
            ValidatorClient validator = new ValidatorClient(new ServiceClient(http.uri(""), DevKeys.bob(), Transfers.newHttpClient(),
                    FakeHttp.FAST, Clock.systemUTC()));

            assertEquals(List.of(MINER, DevKeys.dave().address()), validator.miners());
        }
    }
}
