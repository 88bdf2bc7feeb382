package io.subnetstorage.auth.application.storage.batch;

/** The kit against an {@link InMemoryBatchStore} that overwrites; run only by {@link BatchChecksBiteTest}. */
class OverwritingBatchKitRun extends HonestBatchKitRun {

    @Override
    boolean overwrites() {
        return true;
    }
}
