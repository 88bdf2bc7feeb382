package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.net.URI;

/** A registration as the miner is told: where its folder is and which endpoint it uploads to. */
public record MinerRegistered(Registration registration, StorageLocation folder, URI uploadEndpoint) {
}
