package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 11: input coercion as FastAPI (pydantic v2 lax mode) does it. Before, {@code hotkey} as a
 * number got 401 instead of 422, {@code timestamp: 1.5} got 400, {@code file_keys: [[key]]} got 200, and
 * {@code loc} carried Java names; /openapi.json documented camelCase fields that got 422.
 */
@MicronautTest
class InputCoercionEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private static Map<?, ?> onlyProblem(Wire.Answer answer) {
        assertEquals(422, answer.status(), answer.text());
        List<?> problems = (List<?>) answer.detail();
        assertEquals(1, problems.size(), answer.text());
        return (Map<?, ?>) problems.get(0);
    }

    @Test
    void aStringFieldRefusesNumbersAndArraysWith422() {
        for (Object notAString : List.of(5, List.of("x"), Map.of("a", 1))) {
            Map<?, ?> problem = onlyProblem(wire().post("/get-folder-access", Signer.with(Signer.miner(ALICE, now()), "hotkey", notAString)));
            assertEquals(List.of("body", "hotkey"), problem.get("loc"));
            assertEquals("string_type", problem.get("type"));
        }
    }

    @Test
    void anIntegerFieldTakesIntegralNumbersBooleansAndNumericStringsButNotFractions() {
        Map<?, ?> fraction = onlyProblem(wire().post("/get-folder-access", Signer.with(Signer.miner(ALICE, now()), "timestamp", 1.5)));
        assertEquals(List.of("body", "timestamp"), fraction.get("loc"));
        assertEquals("int_from_float", fraction.get("type"));
        assertEquals("int_parsing", onlyProblem(wire().post("/get-folder-access",
                Signer.with(Signer.miner(ALICE, now()), "timestamp", "soon"))).get("type"));
        assertEquals("int_type", onlyProblem(wire().post("/get-folder-access",
                Signer.with(Signer.miner(ALICE, now()), "timestamp", List.of(1)))).get("type"));

        long now = now();
        Map<String, Object> signed = Signer.miner(ALICE, now);
        assertEquals(200, wire().post("/get-folder-access", Signer.with(signed, "timestamp", Long.toString(now))).status(),
                "a numeric string is the number it spells");
        Map<String, Object> integral = Signer.miner(ALICE, now);
        assertEquals(200, wire().post("/get-folder-access", Signer.with(integral, "timestamp", (double) now)).status(),
                "an integral float is its integer");
        Wire.Answer boolTimestamp = wire().post("/get-folder-access", Signer.with(Signer.miner(ALICE, now), "timestamp", true));
        assertEquals(400, boolTimestamp.status(), "true is 1, a well-formed but stale timestamp: " + boolTimestamp.text());
        assertEquals("Invalid timestamp", boolTimestamp.detail());
    }

    @Test
    void aListOfStringsRefusesNestedListsAtTheirIndex() {
        String key = "data/hotkey=" + ALICE.address() + "/job_id=1/x";
        Map<?, ?> nested = onlyProblem(wire().post("/get-file-presigned-urls",
                Signer.files(BOB, ALICE, now(), List.of()).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getKey().equals("file_keys") ? List.of(List.of(key)) : e.getValue()))));
        assertEquals(List.of("body", "file_keys", 0), nested.get("loc"));
        assertEquals("string_type", nested.get("type"));
        Map<?, ?> notAList = onlyProblem(wire().post("/get-file-presigned-urls", Signer.with(Signer.files(BOB, ALICE, now(), List.of(key)),
                "file_keys", key)));
        assertEquals("list_type", notAList.get("type"));
        Map<?, ?> tooLong = onlyProblem(wire().post("/get-file-presigned-urls", Signer.with(Signer.files(BOB, ALICE, now(), List.of(key)),
                "expiry_hours", 169)));
        assertEquals(List.of("body", "expiry_hours"), tooLong.get("loc"));
        assertEquals("less_than_equal", tooLong.get("type"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithWireNames() {
        Wire.Answer answer = wire().postRaw("/get-file-presigned-urls", "{\"hotkey\": 1, \"file_keys\": \"k\"}", Map.of());
        assertEquals(422, answer.status());
        List<?> locs = ((List<?>) answer.detail()).stream().map(problem -> ((Map<?, ?>) problem).get("loc")).toList();
        assertEquals(List.of(List.of("body", "hotkey"), List.of("body", "timestamp"), List.of("body", "signature"),
                List.of("body", "miner_hotkey"), List.of("body", "file_keys")), locs);
    }

    @Test
    void openapiDocumentsTheSnakeCaseFieldsTheServiceAccepts() {
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) wire().get("/openapi.json").json().get("components")).get("schemas");
        Map<?, ?> files = (Map<?, ?>) ((Map<?, ?>) schemas.get("FileUrlsRequest")).get("properties");
        assertTrue(files.keySet().containsAll(List.of("hotkey", "timestamp", "signature", "miner_hotkey", "file_keys", "expiry_hours")),
                files.keySet().toString());
        Map<?, ?> validator = (Map<?, ?>) ((Map<?, ?>) schemas.get("ValidatorRequest")).get("properties");
        assertTrue(validator.keySet().containsAll(List.of("miner_hotkey", "continuation_token")), validator.keySet().toString());
        String all = schemas.toString();
        for (String javaName : List.of("minerHotkey", "fileKeys", "expiryHours", "continuationToken")) {
            assertFalse(all.contains(javaName), javaName + " is not a wire name");
        }
    }
}
