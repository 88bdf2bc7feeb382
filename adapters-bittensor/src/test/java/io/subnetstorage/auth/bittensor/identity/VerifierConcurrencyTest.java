package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One verifier shared by request threads: the cached decoded keys must never be disturbed. */
class VerifierConcurrencyTest {

    @Test
    void sharedVerifierGivesTheSameAnswersUnderConcurrency() throws Exception {
        Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();
        Sr25519Keypair[] signers = {DevKeys.alice(), DevKeys.bob(), DevKeys.charlie()};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int task = 0; task < 4; task++) {
                int id = task;
                results.add(pool.submit(() -> {
                    int correct = 0;
                    for (int i = 0; i < 60; i++) {
                        Sr25519Keypair signer = signers[(i + id) % signers.length];
                        byte[] message = ("s3:validator:access:" + (1735689600 + i)).getBytes(StandardCharsets.UTF_8);
                        Signature good = signer.sign(message);
                        Signature foreign = signers[(i + id + 1) % signers.length].sign(message);
                        if (verifier.verify(signer.ss58Address(), message, good)
                                && !verifier.verify(signer.ss58Address(), message, foreign)) {
                            correct++;
                        }
                    }
                    return correct;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(60, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
