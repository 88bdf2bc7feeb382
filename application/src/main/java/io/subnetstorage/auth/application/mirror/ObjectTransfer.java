package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.StoreSide.MIRROR;
import static io.subnetstorage.auth.application.mirror.StoreSide.SOURCE;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Copy-and-verify of one object between two stores written object by object (S3, Hippius): the one copier that
 * both the mirrors ({@link ObjectCopier}) and the operator's migrations use. It asks, compares and writes; what an
 * outcome means (a ledger state, a report line) is the caller's. Every store call fails as a {@link CopyFailure}
 * that names the side: the source, or the target ("mirror").
 */
public final class ObjectTransfer {

    /** A store's object I/O and the bucket the key is in there. */
    public record Side(ObjectIo io, BucketName bucket) {
    }

    /**
     * What a write did: what the target reports, and what was read from the source on the way. {@code vouched}: the
     * bytes read are shown to be the source object's; {@code expectedEtag}: the ETag the target must report for them.
     */
    public record Written(ObjectInfo reported, long bytes, String sha256, String expectedEtag, boolean vouched) {

        /** The target reports exactly what was sent. */
        public boolean reportedAsSent() {
            return reported.size() == bytes && reported.etag().equals(expectedEtag);
        }
    }

    private final PartRule rule;
    private final MemoryBudget memory;

    public ObjectTransfer(long multipartThreshold) {
        this.rule = new PartRule(multipartThreshold);
        // Two writes' worth of buffers, as two workers held before small objects were let through together.
        this.memory = new MemoryBudget(2 * rule.threshold());
    }

    public Optional<ObjectInfo> headSource(Side source, ObjectKey key) {
        return SOURCE.call("HEAD", () -> source.io().head(source.bucket(), key));
    }

    public Optional<ObjectInfo> headTarget(Side target, ObjectKey key) {
        return MIRROR.call("HEAD", () -> target.io().head(target.bucket(), key));
    }

    /** Whether the target's object under {@code key} holds the source's bytes (read in full only when ETags cannot tell). */
    public SameBytes.Comparison sameBytes(ObjectInfo source, ObjectInfo target, Side from, Side to, ObjectKey key) {
        return SameBytes.compare(source, target, () -> read(from, key), () -> read(to, key));
    }

    /** Streams the source object to the target with its content type and metadata, hashing what is read. */
    public Written write(Side from, Side to, ObjectKey key, ObjectInfo src) {
        HashingSource content = new HashingSource(from.io(), from.bucket(), key, rule.partSize(src.size()));
        ObjectInfo reported;
        long buffered = memory.take(rule.multipart(src.size()) ? rule.partSize(src.size()) : src.size());
        try {
            reported = to.io().put(to.bucket(), key, new ObjectContent(src.size(), content, src.contentType(), src.metadata()));
        } catch (DependencyUnavailable | UncheckedIOException e) {
            throw content.failed() ? SOURCE.unavailable("GET", e) : MIRROR.unavailable("PUT", e);
        } catch (StoreRefused refused) {
            throw content.failed() ? SOURCE.refused("GET", refused) : MIRROR.refused("PUT", refused);
        } finally {
            memory.give(buffered);
        }
        Digest read = content.digest().orElseThrow(() -> new CopyFailure(FailureReason.VERIFICATION, "the target never read the source"));
        return new Written(reported, read.bytes(), read.sha256Hex(), read.expectedEtag(rule), read.vouchedFor(src));
    }

    /** The SHA-256 of the target's object as it reads back now: a check that trusts nothing the write answered. */
    public Optional<String> targetSha256(Side target, ObjectKey key) {
        Optional<InputStream> body = MIRROR.call("GET", () -> target.io().get(target.bucket(), key));
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = body.get(); Hashing hashing = new Hashing(in, Long.MAX_VALUE)) {
            hashing.transferTo(OutputStream.nullOutputStream());
            return Optional.of(hashing.digest().sha256Hex());
        } catch (IOException e) {
            throw MIRROR.unavailable("GET", new UncheckedIOException(e));
        }
    }

    private static InputStream read(Side side, ObjectKey key) {
        return side.io().get(side.bucket(), key).orElseThrow(() -> new DependencyUnavailable(key + " vanished while being compared"));
    }
}
