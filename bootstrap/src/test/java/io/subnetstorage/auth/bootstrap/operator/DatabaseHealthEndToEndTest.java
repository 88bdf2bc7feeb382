package io.subnetstorage.auth.bootstrap.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.testing.Eventually;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 10: grants failing on the database (503) while /healthcheck said ok. Writes refused with
 * reads still working (as on a full disk) and a database that cannot be reached at all both make it
 * answer {@code database_ok: false} and {@code degraded}, count in the {@code database} series of
 * {@code ssa_dependency_errors_total}, and clear once the database works again.
 */
@MicronautTest
class DatabaseHealthEndToEndTest extends OwnRoleServiceTest {

    static final String DATABASE_ERRORS = "ssa_dependency_errors_total{backend=\"postgresql\",dependency=\"database\"}";

    private OperatorClient.Answer health() {
        OperatorClient.Answer answer = client().send("GET", "/healthcheck", Map.of(), null);
        assertEquals(200, answer.status(), answer.text());
        return answer;
    }

    private double databaseErrors() {
        String metrics = client().send("GET", "/metrics", Map.of(), null).text();
        return metrics.lines().filter(line -> line.startsWith(DATABASE_ERRORS))
                .mapToDouble(line -> Double.parseDouble(line.substring(DATABASE_ERRORS.length()).trim()))
                .findFirst().orElse(Double.NaN);
    }

    @Test
    void refusedGrantWritesMakeHealthDegradedAtOnceAndClearWithTheNextWrite() throws Exception {
        assertEquals(200, client().folderAccess(ALICE).status());
        assertEquals(true, health().get("database_ok"));
        double errorsBefore = databaseErrors();

        role.revokeInsertOnGrants();
        try {
            assertEquals(503, client().folderAccess(ALICE).status());
            OperatorClient.Answer degraded = health();
            assertEquals(false, degraded.get("database_ok"), degraded.text());
            assertEquals("degraded", degraded.get("status"));
            @SuppressWarnings("unchecked")
            Map<String, Object> check = (Map<String, Object>) ((Map<String, Object>) degraded.get("checks")).get("database");
            assertTrue(String.valueOf(check.get("error")).contains("grant ledger writes fail"), degraded.text());
            assertTrue(databaseErrors() > errorsBefore, "counted in ssa_dependency_errors_total");
        } finally {
            role.grantInsertOnGrants();
        }

        assertEquals(200, client().folderAccess(ALICE).status());
        OperatorClient.Answer back = health();
        assertEquals(true, back.get("database_ok"), back.text());
        assertEquals("ok", back.get("status"));
    }

    @Test
    void anUnreachableDatabaseIsReportedUntilItIsBack() {
        assertEquals(true, health().get("database_ok"));
        role.cutOff();
        try {
            Eventually.answer(this::health, answer -> Boolean.FALSE.equals(answer.get("database_ok"))
                    && "degraded".equals(answer.get("status")), "health to see the database gone");
        } finally {
            role.restore();
        }
        Eventually.answer(this::health, answer -> Boolean.TRUE.equals(answer.get("database_ok")),
                "health to see the database back");
    }
}
