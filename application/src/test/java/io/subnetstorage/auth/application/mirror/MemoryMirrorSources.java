package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import io.subnetstorage.auth.application.port.out.mirror.SourceHistory;
import io.subnetstorage.auth.application.port.out.mirror.UploadSeen;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Upload grants and the mirrors' own records in memory: {@link #grants} stands for the grant ledger. */
final class MemoryMirrorSources implements MirrorSources {

    final List<UploadSeen> grants = new ArrayList<>();
    final Set<Hotkey> uploaders = new LinkedHashSet<>();
    final Map<StoreKind, Instant> uploadsUntil = new EnumMap<>(StoreKind.class);
    final Map<StoreKind, Instant> drainedAt = new EnumMap<>(StoreKind.class);
    final Map<String, Instant> marks = new HashMap<>();

    @Override
    public synchronized List<UploadSeen> uploadsIssued(Instant after, Instant until) {
        return grants.stream().filter(grant -> grant.issuedAt().isAfter(after) && !grant.issuedAt().isAfter(until)).toList();
    }

    @Override
    public synchronized void remember(List<UploadSeen> uploads) {
        for (UploadSeen upload : uploads) {
            uploaders.add(upload.miner());
            uploadsUntil.merge(upload.store(), upload.expiresAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    @Override
    public synchronized void rememberAll(Instant until) {
        remember(uploadsIssued(Instant.MIN, until));
    }

    @Override
    public synchronized Set<Hotkey> uploaders() {
        return Set.copyOf(uploaders);
    }

    @Override
    public synchronized List<SourceHistory> history() {
        List<SourceHistory> history = new ArrayList<>();
        uploadsUntil.forEach((store, until) -> history.add(new SourceHistory(store, until, Optional.ofNullable(drainedAt.get(store)))));
        return history;
    }

    @Override
    public synchronized void drained(StoreKind store, Instant at) {
        drainedAt.put(store, at);
    }

    @Override
    public synchronized Optional<Instant> mark(String job) {
        return Optional.ofNullable(marks.get(job));
    }

    @Override
    public synchronized void setMark(String job, Instant at) {
        marks.put(job, at);
    }
}
