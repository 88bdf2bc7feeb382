package io.subnetstorage.auth.client;

import java.nio.file.Path;
import java.util.List;

/**
 * A downloaded file judged against its attribution: {@code verified} when its size and SHA-256 are those the
 * miner signed and both the miner's signature and the service's receipt hold; {@code mismatch} otherwise
 * (each problem named); {@code unattributed} when the service holds no receipt for it.
 */
public record ContentVerdict(String key, Path path, String content, List<String> problems) {

    public static final String VERIFIED = "verified";
    public static final String MISMATCH = "mismatch";
    public static final String UNATTRIBUTED = "unattributed";

    public ContentVerdict {
        problems = List.copyOf(problems);
    }

    public boolean mismatch() {
        return MISMATCH.equals(content);
    }
}
