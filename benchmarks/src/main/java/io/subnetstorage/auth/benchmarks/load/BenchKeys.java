package io.subnetstorage.auth.benchmarks.load;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The run's identities, derived from the public development phrase so that the metagraph writer and
 * the load generator (separate JVMs) arrive at the same keys: miners //miner/{i}, validators
 * //validator/{j}, and one coldkey owning every miner hotkey.
 */
record BenchKeys(List<Sr25519Keypair> miners, List<Sr25519Keypair> validators, Sr25519Keypair coldkey) {

    static BenchKeys derive(int miners, int validators) {
        return new BenchKeys(derive("//miner/", miners), derive("//validator/", validators),
                Sr25519Keypair.fromUri("//bench//coldkey"));
    }

    private static List<Sr25519Keypair> derive(String prefix, int count) {
        return IntStream.range(0, count).parallel().mapToObj(i -> Sr25519Keypair.fromUri(prefix + i)).toList();
    }
}
