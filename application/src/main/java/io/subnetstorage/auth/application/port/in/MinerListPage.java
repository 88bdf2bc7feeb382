package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;

/** A presigned URL for one page of a miner's listing. */
public record MinerListPage(URI listUrl, Hotkey miner) {
}
