package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.mirror.ObjectTransfer;
import io.subnetstorage.auth.application.mirror.SameBytes;
import io.subnetstorage.auth.application.port.out.migration.MigrationObject;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import java.util.Optional;

/**
 * One object of a migration, through the mirrors' copier ({@link ObjectTransfer}): the destination is asked first;
 * the same bytes there are {@code skipped} (or, for an object a crashed batch was writing, this migration's own copy,
 * {@code verified}); other bytes are {@code failed} with {@code conflict} and never overwritten. Otherwise the source
 * is streamed across, hashed on the way, and verified by asking the destination afresh: its ETag against the MD5 (or
 * multipart ETag) of what was read, or, with {@code download}, the SHA-256 of its bytes read back. A dry run stops
 * before any write and answers {@code would_copy}.
 */
final class ObjectMigrator {

    private final ObjectTransfer transfer;
    private final Verification verify;
    private final boolean dryRun;

    ObjectMigrator(ObjectTransfer transfer, Verification verify, boolean dryRun) {
        this.transfer = transfer;
        this.verify = verify;
        this.dryRun = dryRun;
    }

    /** {@code mayBeOurs}: an earlier attempt may have written it (a crash or a failure after the write). */
    ObjectOutcome migrate(MigrationObject object, ObjectTransfer.Side from, ObjectTransfer.Side to, boolean mayBeOurs) {
        Optional<ObjectInfo> original = transfer.headSource(from, object.key());
        if (original.isEmpty()) {
            return ObjectOutcome.failed(object, false, "source_gone: no longer on the source");
        }
        ObjectInfo src = original.get();
        Optional<ObjectInfo> there = transfer.headTarget(to, object.key());
        if (there.isPresent()) {
            SameBytes.Comparison same = transfer.sameBytes(src, there.get(), from, to, object.key());
            if (!same.same()) {
                return outcome(object, src, same.sha256(), there.get().etag(), ObjectState.FAILED, false,
                        "conflict: the destination holds " + there.get().size() + " bytes, ETag " + there.get().etag());
            }
            // A batch that crashed after writing it left it in flight: the copy is this migration's own.
            boolean ours = mayBeOurs;
            return outcome(object, src, same.sha256(), there.get().etag(), ours ? ObjectState.VERIFIED : ObjectState.SKIPPED, ours, null);
        }
        if (dryRun) {
            return outcome(object, src, Optional.empty(), null, ObjectState.WOULD_COPY, false, null);
        }
        ObjectTransfer.Written written = transfer.write(from, to, object.key(), src);
        Optional<String> sha256 = Optional.of(written.sha256());
        if (!written.vouched()) {
            return outcome(object, src, sha256, written.reported().etag(), ObjectState.FAILED, true, "verification: read " + written.bytes()
                    + " bytes that the source's size and ETag " + src.etag() + " do not vouch for (changed during the copy?)");
        }
        return verified(src, written, to, object).orElseGet(() -> outcome(object, src, sha256, written.reported().etag(), ObjectState.VERIFIED, true, null));
    }

    /** Empty when the destination, asked afresh, holds what was sent; else the failure. */
    private Optional<ObjectOutcome> verified(ObjectInfo src, ObjectTransfer.Written written, ObjectTransfer.Side to, MigrationObject object) {
        Optional<String> sha256 = Optional.of(written.sha256());
        if (verify == Verification.DOWNLOAD) {
            Optional<String> back = transfer.targetSha256(to, object.key());
            if (back.filter(written.sha256()::equals).isEmpty()) {
                return Optional.of(outcome(object, src, sha256, written.reported().etag(), ObjectState.FAILED, true,
                        "verification: the destination's bytes read back have SHA-256 " + back.orElse("(missing)")));
            }
            return Optional.empty();
        }
        Optional<ObjectInfo> now = transfer.headTarget(to, object.key());
        if (now.filter(info -> info.size() == written.bytes() && info.etag().equals(written.expectedEtag())).isEmpty()) {
            return Optional.of(outcome(object, src, sha256, now.map(ObjectInfo::etag).orElse(null), ObjectState.FAILED, true,
                    "verification: the destination reports " + now.map(info -> info.size() + " bytes, ETag " + info.etag()).orElse("no object")
                            + "; sent " + written.bytes() + " bytes, ETag " + written.expectedEtag()));
        }
        return Optional.empty();
    }

    private static ObjectOutcome outcome(MigrationObject object, ObjectInfo src, Optional<String> sha256, String destinationEtag,
            ObjectState state, boolean created, String error) {
        return new ObjectOutcome(object.key(), src.size(), src.etag(), sha256, Optional.ofNullable(destinationEtag), state, created,
                Optional.ofNullable(error));
    }
}
