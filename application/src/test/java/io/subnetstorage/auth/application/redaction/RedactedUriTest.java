package io.subnetstorage.auth.application.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactedUriTest {

    @Test
    void aUriLosesItsUserInfoQueryAndFragment() {
        assertEquals("http://127.0.0.1:9/rpc",
                RedactedUri.of(URI.create("http://user:s3cret@127.0.0.1:9/rpc?apikey=TOPSECRET#frag")).toString());
        assertEquals("wss://entrypoint-finney.opentensor.ai:443",
                RedactedUri.of(URI.create("wss://entrypoint-finney.opentensor.ai:443")).toString());
    }

    @Test
    void everyUriInAMessageIsScrubbed() {
        assertEquals("cannot reach http://127.0.0.1:9/rpc (java.net.ConnectException)",
                RedactedUri.scrub("cannot reach http://user:s3cret@127.0.0.1:9/rpc?apikey=TOPSECRET (java.net.ConnectException)"));
        assertEquals("A='redis://cache:6379/0' and B=jdbc:postgresql://db:5432/ssa as postgres",
                RedactedUri.scrub("A='redis://:pw@cache:6379/0' and B=jdbc:postgresql://db:5432/ssa?user=u&password=pw as postgres"));
    }

    @Test
    void aPasswordWithAnUnencodedAtSignIsStillRemoved() {
        assertEquals("postgres://db/ssa", RedactedUri.scrub("postgres://u:p@ss@db/ssa"));
    }

    @Test
    void textWithoutUrisIsUnchanged() {
        assertEquals("no uri here: a@b?c", RedactedUri.scrub("no uri here: a@b?c"));
        assertEquals(null, RedactedUri.scrub(null));
    }
}
