package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedCallTest {

    private static final Sr25519Keypair BOB = DevKeys.bob();
    private static final String ALICE = DevKeys.alice().address();
    private static final String COLD = DevKeys.charlie().address();
    private static final long AT = 1_700_000_123L;

    /** SPEC §3's table, written out independently of Commitment so a drift in either shows. */
    private static final Map<Endpoint, String> EXPECTED = Map.of(
            Endpoint.FOLDER_ACCESS, "s3:data:access:" + COLD + ":" + BOB.address() + ":" + AT,
            Endpoint.VALIDATOR_ACCESS, "s3:validator:access:" + AT,
            Endpoint.MINER_SPECIFIC_ACCESS, "s3:validator:miner:" + ALICE + ":" + AT,
            Endpoint.FOLDER_PRESIGNED_URLS, "s3:validator:folders:" + BOB.address() + ":" + AT,
            Endpoint.FILE_PRESIGNED_URLS, "s3:validator:files:" + ALICE + ":" + BOB.address() + ":" + AT,
            Endpoint.MINER_LIST, "s3:validator:miner:" + ALICE + ":" + AT,
            Endpoint.FILE_UPLOAD_URL, "s3:data:file:" + BOB.address() + ":7:data_1.parquet:" + AT);
    private static final CallTarget TARGET = new CallTarget(COLD, ALICE, "7", "data_1.parquet");

    private final Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();

    @Test
    void everyEndpointSignsItsCommitmentVerifiablyAndSendsTheWireFields() {
        for (Endpoint endpoint : Endpoint.values()) {
            SignedCall call = SignedCall.sign(endpoint, BOB, TARGET, AT);

            assertEquals(EXPECTED.get(endpoint), call.commitment().text(), endpoint.name());
            assertTrue(verifier.verify(new Ss58Address(BOB.address()), EXPECTED.get(endpoint).getBytes(StandardCharsets.UTF_8),
                    call.signature()), endpoint.name());
            assertEquals(BOB.address(), call.body().path("hotkey").asText());
            assertEquals(AT, call.body().path("timestamp").asLong());
            assertEquals(call.signature().hex(), call.body().path("signature").asText());
            assertFalse(call.body().path("signature").asText().startsWith("0x"));
            assertEquals(endpoint == Endpoint.FOLDER_ACCESS, call.body().has("coldkey"), endpoint.name());
            assertEquals(endpoint.needsMiner(), call.body().has("miner_hotkey"), endpoint.name());
            assertEquals(endpoint == Endpoint.FILE_UPLOAD_URL, call.body().path("job_id").asText().equals("7")
                    && call.body().path("filename").asText().equals("data_1.parquet"), endpoint.name());
        }
    }

    @Test
    void aSignatureDoesNotVerifyForAnotherSignerOrTimestamp() {
        SignedCall call = SignedCall.sign(Endpoint.VALIDATOR_ACCESS, BOB, null, null, AT);

        assertFalse(verifier.verify(new Ss58Address(ALICE), call.commitment().bytes(), call.signature()));
        assertFalse(verifier.verify(new Ss58Address(BOB.address()),
                ("s3:validator:access:" + (AT + 1)).getBytes(StandardCharsets.UTF_8), call.signature()));
    }

    @Test
    void signingAgainGivesAFreshSignatureSoRetriesAreNotReplays() {
        assertNotEquals(SignedCall.sign(Endpoint.VALIDATOR_ACCESS, BOB, null, null, AT).signature(),
                SignedCall.sign(Endpoint.VALIDATOR_ACCESS, BOB, null, null, AT).signature());
    }

    @Test
    void endpointsThatNameAMinerNeedOne() {
        assertThrows(ClientException.class, () -> SignedCall.sign(Endpoint.MINER_LIST, BOB, null, null, AT));
        assertThrows(ClientException.class, () -> SignedCall.sign(Endpoint.FOLDER_ACCESS, BOB, null, null, AT));
        assertThrows(ClientException.class, () -> SignedCall.sign(Endpoint.FILE_PRESIGNED_URLS, BOB, null, "not-an-address", AT));
        assertThrows(ClientException.class, () -> SignedCall.sign(Endpoint.FILE_UPLOAD_URL, BOB, CallTarget.file("7", null), AT));
    }

    @Test
    void endpointNamesAreAcceptedWithOrWithoutThePathPrefix() {
        assertEquals(Endpoint.FILE_PRESIGNED_URLS, Endpoint.fromName("/get-file-presigned-urls"));
        assertEquals(Endpoint.MINER_LIST, Endpoint.fromName("miner-list"));
        assertThrows(ClientException.class, () -> Endpoint.fromName("get-everything"));
    }
}
