package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;

/** What the copy workers report as they go, for metrics: copies made, and attempts that did not end verified. */
public interface MirrorEvents {

    /** An object was written to {@code mirror} (not counted when it was already there). */
    void copied(StoreKind mirror);

    void failed(StoreKind mirror, FailureReason reason);
}
