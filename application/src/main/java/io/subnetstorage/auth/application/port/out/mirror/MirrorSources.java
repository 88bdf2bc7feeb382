package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where miners' objects come from, as the mirrors follow it across instances: upload grants as the grant ledger
 * records them, the miners and stores they name, when each job last ran, and which former upload stores are
 * drained. Every call throws {@code DependencyUnavailable} when the database cannot be reached.
 */
public interface MirrorSources {

    /**
     * Upload grants issued after {@code after} and at the latest {@code until}, one per miner and store (the
     * latest issue and expiry): a request for a thousand files records a thousand grants at one instant.
     */
    List<UploadSeen> uploadsIssued(Instant after, Instant until);

    /** Remembers who was granted uploads to which store, and until when. */
    void remember(List<UploadSeen> uploads);

    /** Remembers every upload grant issued at the latest {@code until}: the first run's catching up, in one statement. */
    void rememberAll(Instant until);

    /** Every miner ever granted an upload (the grant ledger's, kept by {@link #remember}). */
    Set<Hotkey> uploaders();

    /** Every store miners were granted uploads to. */
    List<SourceHistory> history();

    /** A full scan found every object of {@code store} on its mirrors, at {@code at}. */
    void drained(StoreKind store, Instant at);

    /** When the job named {@code job} last completed (a full scan), or how far it read (grants followed). */
    Optional<Instant> mark(String job);

    void setMark(String job, Instant at);
}
