package io.subnetstorage.auth.client;

import java.nio.file.Path;

/** A file fetched from a miner's folder, where it was written and whether it matches the listing. */
public record DownloadedFile(RemoteObject remote, Path path, IntegrityResult integrity) {
}
