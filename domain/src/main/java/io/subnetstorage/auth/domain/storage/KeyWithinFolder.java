package io.subnetstorage.auth.domain.storage;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/** A requested key must be a safe key inside the folder the grant covers. */
public record KeyWithinFolder(FolderPrefix folder) {

    public Decision check(String requestedKey) {
        return ObjectKey.isSafe(requestedKey) && folder.contains(new ObjectKey(requestedKey))
                ? Decision.allow()
                : Decision.deny(ReasonCode.KEY_OUTSIDE_FOLDER);
    }
}
