package io.subnetstorage.auth.application.port.in.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;

/**
 * Copying (SPEC §10): claims a batch of one mirror's due work and carries it out. Each mirror is worked on by
 * its own workers, so one mirror that is down or slow never delays another.
 */
public interface CopyToMirrorUseCase {

    CopyRound copyRound(StoreKind mirror);
}
