package io.subnetstorage.auth.application.port.out.migration;

/**
 * A migration's objects by outcome. {@code copied}: written to the destination by this migration; {@code done}:
 * settled one way or another (verified, skipped, failed, would be copied, rolled back).
 */
public record MigrationCounts(long total, long copied, long verified, long failed, long skipped, long bytesCopied, long done) {

    public static final MigrationCounts NONE = new MigrationCounts(0, 0, 0, 0, 0, 0, 0);
}
