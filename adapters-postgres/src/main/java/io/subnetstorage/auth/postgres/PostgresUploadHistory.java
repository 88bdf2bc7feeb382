package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.UploadHistory;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The store of a miner's latest upload grant, from the ledger (an index on principal and time serves it). */
@Singleton
class PostgresUploadHistory implements UploadHistory {

    private final Transactions transactions;
    private final GrantRepository grants;

    PostgresUploadHistory(Transactions transactions, GrantRepository grants) {
        this.transactions = transactions;
        this.grants = grants;
    }

    @Override
    public Optional<StoreKind> latestUploadStore(Hotkey miner) {
        return transactions.inTransaction("reading the latest upload store",
                connection -> grants.latestUploadBackend(miner.value()).flatMap(StoreKind::byLabel));
    }
}
