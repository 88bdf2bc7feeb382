package io.subnetstorage.auth.benchmarks.verify;

import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Single against batch verification of 1000 attributions, interleaved: on a machine shared with other
 * builds, load changes between two JMH benchmarks run one after the other, so each round here times one
 * of each back to back and the medians and the per-round ratio are reported. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar io.subnetstorage.auth.benchmarks.verify.BatchVerifyAB [rounds] [signers]}.
 */
public final class BatchVerifyAB {

    private BatchVerifyAB() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int signers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<SignedMessage> items = AttributionSignatures.signed(1000, signers);
        Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();
        List<Double> single = new ArrayList<>();
        List<Double> batch = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = -5; round < rounds; round++) { // five rounds of warm-up
            long start = System.nanoTime();
            int valid = 0;
            for (SignedMessage item : items) {
                valid += verifier.verify(item.signer(), item.message(), item.signature()) ? 1 : 0;
            }
            long middle = System.nanoTime();
            boolean[] all = verifier.verifyAll(items);
            long end = System.nanoTime();
            if (valid != items.size() || all.length != items.size()) {
                throw new IllegalStateException("every signature must verify");
            }
            if (round >= 0) {
                single.add((middle - start) / 1e6);
                batch.add((end - middle) / 1e6);
                ratios.add((double) (middle - start) / (end - middle));
            }
        }
        System.out.printf("1000 attributions by %d signer(s), %d interleaved rounds%n", signers, rounds);
        System.out.printf("single: median %.1f ms (min %.1f)%n", median(single), Collections.min(single));
        System.out.printf("batch:  median %.1f ms (min %.1f)%n", median(batch), Collections.min(batch));
        System.out.printf("single/batch per round: median %.2f%n", median(ratios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
