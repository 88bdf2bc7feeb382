package io.subnetstorage.auth.client;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;

/** //Alice's client on a {@link FakeHttp} service, and files of random bytes for her to upload. */
final class TestMiners {

    private TestMiners() {
    }

    static MinerClient alice(FakeHttp http, Clock clock, Path stateFile) {
        ServiceClient service = new ServiceClient(http.uri("/"), DevKeys.alice(), Transfers.newHttpClient(), FakeHttp.FAST, clock);
        return new MinerClient(service, DevKeys.charlie().address(), stateFile, MinerClient.DEFAULT_GRANT_MARGIN);
    }

    /** {@code dir/data/name}, {@code size} bytes that depend on the name only. */
    static Path file(Path dir, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(name.hashCode()).nextBytes(bytes);
        return Files.write(Files.createDirectories(dir.resolve("data")).resolve(name), bytes);
    }
}
