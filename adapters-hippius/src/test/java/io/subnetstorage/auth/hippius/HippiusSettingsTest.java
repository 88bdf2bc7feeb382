package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code HIPPIUS_*} and {@code MULTIPART_THRESHOLD}: defaults of SPEC §7, and refusals that name the variable. Offline. */
class HippiusSettingsTest {

    private static Map<String, String> minimal() {
        Map<String, String> environment = new HashMap<>();
        environment.put("HIPPIUS_ACCESS_KEY_ID", "hip_abc123");
        environment.put("HIPPIUS_SECRET_ACCESS_KEY", "s3cret");
        environment.put("HIPPIUS_BUCKET", "sn46-data");
        return environment;
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> environment = minimal();
        environment.put(name, value);
        return environment;
    }

    private static void assertRefusedNaming(String variable, Map<String, String> environment) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> HippiusSettings.fromEnvironment(environment, 46));
        assertTrue(refused.getMessage().startsWith(variable), refused::getMessage);
    }

    @Test
    void theDefaultsAreSpecSeven() {
        HippiusSettings settings = HippiusSettings.fromEnvironment(minimal(), 428);
        assertEquals(URI.create("https://s3.hippius.com"), settings.endpoint());
        assertEquals("decentralized", settings.region());
        assertEquals(HippiusSettings.Layout.SHARED, settings.layout());
        assertEquals(Optional.of(new BucketName("sn46-data")), settings.bucket());
        assertEquals("sn428", settings.bucketPrefix());
        assertEquals(64L * 1024 * 1024, settings.multipartThreshold());
        assertEquals(URI.create("https://s3.hippius.com"), settings.clientEndpoint());
    }

    @Test
    void perMinerNeedsASaltAndNoBucket() {
        Map<String, String> environment = with("HIPPIUS_LAYOUT", "per-miner");
        environment.remove("HIPPIUS_BUCKET");
        assertRefusedNaming("HIPPIUS_BUCKET_SALT", environment);
        environment.put("HIPPIUS_BUCKET_SALT", "short");
        assertRefusedNaming("HIPPIUS_BUCKET_SALT", environment);
        environment.put("HIPPIUS_BUCKET_SALT", "a-long-enough-secret-salt");
        environment.put("HIPPIUS_BUCKET_PREFIX", "subnet46");
        HippiusSettings settings = HippiusSettings.fromEnvironment(environment, 46);
        assertEquals(HippiusSettings.Layout.PER_MINER, settings.layout());
        assertEquals("subnet46", settings.bucketPrefix());
    }

    @Test
    void everyRefusalNamesItsVariable() {
        assertRefusedNaming("HIPPIUS_ACCESS_KEY_ID", with("HIPPIUS_ACCESS_KEY_ID", ""));
        assertRefusedNaming("HIPPIUS_ACCESS_KEY_ID", with("HIPPIUS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"));
        assertRefusedNaming("HIPPIUS_SECRET_ACCESS_KEY", with("HIPPIUS_SECRET_ACCESS_KEY", ""));
        assertRefusedNaming("HIPPIUS_ENDPOINT", with("HIPPIUS_ENDPOINT", "s3.hippius.com"));
        assertRefusedNaming("HIPPIUS_ENDPOINT", with("HIPPIUS_ENDPOINT", "https://s3.hippius.com/bucket"));
        assertRefusedNaming("HIPPIUS_PUBLIC_ENDPOINT", with("HIPPIUS_PUBLIC_ENDPOINT", "ftp://files.example.org"));
        assertRefusedNaming("HIPPIUS_REGION", with("HIPPIUS_REGION", "Decentralized!"));
        assertRefusedNaming("HIPPIUS_LAYOUT", with("HIPPIUS_LAYOUT", "per_miner"));
        assertRefusedNaming("HIPPIUS_BUCKET", with("HIPPIUS_BUCKET", "Not_A_Bucket"));
        assertRefusedNaming("HIPPIUS_BUCKET_PREFIX", with("HIPPIUS_BUCKET_PREFIX", "SN46"));
        assertRefusedNaming("HIPPIUS_BUCKET_PREFIX", with("HIPPIUS_BUCKET_PREFIX", "x".repeat(43)));
        assertRefusedNaming("MULTIPART_THRESHOLD", with("MULTIPART_THRESHOLD", "lots"));
        assertRefusedNaming("MULTIPART_THRESHOLD", with("MULTIPART_THRESHOLD", "1GiB"));
        assertRefusedNaming("MULTIPART_THRESHOLD", with("MULTIPART_THRESHOLD", "0"));
        Map<String, String> noBucket = minimal();
        noBucket.remove("HIPPIUS_BUCKET");
        assertRefusedNaming("HIPPIUS_BUCKET", noBucket);
    }

    @Test
    void sizesTakeBinaryUnits() {
        assertEquals(1_048_576, HippiusSettings.fromEnvironment(with("MULTIPART_THRESHOLD", "1MiB"), 46).multipartThreshold());
        assertEquals(512L << 20, HippiusSettings.fromEnvironment(with("MULTIPART_THRESHOLD", "512 mib"), 46).multipartThreshold());
        assertEquals(5000, HippiusSettings.fromEnvironment(with("MULTIPART_THRESHOLD", "5000"), 46).multipartThreshold());
    }

    @Test
    void aTrailingSlashAndAPublicEndpointAreUnderstood() {
        Map<String, String> environment = with("HIPPIUS_ENDPOINT", "http://10.0.0.5:9000/");
        environment.put("HIPPIUS_PUBLIC_ENDPOINT", "https://files.example.org");
        HippiusSettings settings = HippiusSettings.fromEnvironment(environment, 46);
        assertEquals(URI.create("http://10.0.0.5:9000"), settings.endpoint());
        assertEquals(URI.create("https://files.example.org"), settings.clientEndpoint());
    }

    @Test
    void secretsStayOutOfLogs() {
        Map<String, String> environment = with("HIPPIUS_LAYOUT", "per-miner");
        environment.put("HIPPIUS_BUCKET_SALT", "the-salt-nobody-should-see");
        String printed = HippiusSettings.fromEnvironment(environment, 46).toString();
        assertFalse(printed.contains("s3cret"), printed);
        assertFalse(printed.contains("the-salt-nobody-should-see"), printed);
        assertTrue(printed.contains("hip_abc123"), printed);
    }
}
