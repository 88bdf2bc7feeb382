package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void libpqUrlBecomesJdbcUrlAndCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://auth:s3cret@db.internal:6543/authdb");

        assertEquals("jdbc:postgresql://db.internal:6543/authdb", url.jdbcUrl());
        assertEquals(Optional.of("auth"), url.username());
        assertEquals(Optional.of("s3cret"), url.password());
    }

    @Test
    void postgresqlSchemeDefaultPortAndQueryParametersAreKept() {
        DatabaseUrl url = DatabaseUrl.parse(" postgresql://auth@db/authdb?sslmode=require ");

        assertEquals("jdbc:postgresql://db:5432/authdb?sslmode=require", url.jdbcUrl());
        assertEquals(Optional.of("auth"), url.username());
        assertEquals(Optional.empty(), url.password());
    }

    @Test
    void percentEncodedCredentialsAreDecodedAndPlusIsLiteral() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Ass%2Fw+rd@[::1]:5432/db");

        assertEquals("jdbc:postgresql://[::1]:5432/db", url.jdbcUrl());
        assertEquals(Optional.of("us@er"), url.username());
        assertEquals(Optional.of("p:ss/w+rd"), url.password());
    }

    @Test
    void jdbcUrlPassesThroughUntouched() {
        String jdbc = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=pw";
        DatabaseUrl url = DatabaseUrl.parse(jdbc);

        assertEquals(jdbc, url.jdbcUrl());
        assertEquals(Optional.empty(), url.username());
    }

    @Test
    void datasourcePropertiesNameTheDatasource() {
        Map<String, Object> properties = DatabaseUrl.parse("postgres://a:b@h:1/d").datasourceProperties("default");

        assertEquals("jdbc:postgresql://h:1/d", properties.get("datasources.default.url"));
        assertEquals("a", properties.get("datasources.default.username"));
        assertEquals("b", properties.get("datasources.default.password"));
        assertFalse(DatabaseUrl.parse("jdbc:postgresql://h/d").datasourceProperties("x")
                .containsKey("datasources.x.username"));
    }

    @Test
    void toStringNeverShowsThePassword() {
        String shown = DatabaseUrl.parse("postgres://auth:s3cret@db/authdb").toString()
                + DatabaseUrl.parse("jdbc:postgresql://db/authdb?user=u&password=s3cret").toString();

        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("jdbc:postgresql://db:5432/authdb"), shown);
    }

    @Test
    void otherSchemesAndMissingHostsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://u:p@h/db"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(""));
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgres:///db"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgres://h/db with space"));
    }
}
