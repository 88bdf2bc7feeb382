package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;

/**
 * An attribution must be the signer's own and name a file inside the signer's folder: a miner cannot claim
 * another miner's file, nor present another miner's claim as its own.
 */
public record AttributionInFolder(Hotkey signer) {

    public Decision check(Attribution attribution) {
        return attribution.hotkey().equals(signer) && FolderPrefix.ofMiner(signer).contains(attribution.file())
                ? Decision.allow()
                : Decision.deny(ReasonCode.ATTRIBUTION_OUTSIDE_FOLDER);
    }
}
