package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.MembershipHistory;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.application.port.out.attribution.RegisteredAttribution;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.NonceUse;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MembershipInterval;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attribution records and membership history in memory; every hotkey a member since {@link #memberSince} unless told otherwise. */
final class FakeAttributionRecords implements AttributionRecords, MembershipHistory {

    /** One row per (hotkey, nonce), as the table keeps it. */
    static final class Row {
        SignedAttribution claim;
        boolean bound;
        String store;
        AttributionReceipt receipt;
        boolean settled;
    }

    final Map<String, Row> rows = new LinkedHashMap<>();
    final Map<Hotkey, MembershipIntervals> membership = new HashMap<>();
    Instant memberSince = Instant.EPOCH;
    boolean down;

    private static String id(Hotkey hotkey, Nonce nonce) {
        return hotkey.value() + ":" + nonce.value();
    }

    private void check() {
        if (down) {
            throw new DependencyUnavailable("records down");
        }
    }

    @Override
    public MembershipIntervals intervalsOf(Hotkey hotkey) {
        check();
        return membership.getOrDefault(hotkey, new MembershipIntervals(List.of(new MembershipInterval(memberSince, Optional.empty()))));
    }

    @Override
    public Optional<NonceUse> nonceUse(Hotkey hotkey, Nonce nonce) {
        check();
        return Optional.ofNullable(rows.get(id(hotkey, nonce))).map(row -> new NonceUse(row.claim.message(), row.claim.signature(), row.settled));
    }

    @Override
    public boolean bindAtUpload(SignedAttribution claim, String store, Instant at) {
        check();
        String id = id(claim.attribution().hotkey(), claim.attribution().nonce());
        if (rows.containsKey(id)) {
            return false;
        }
        Row row = new Row();
        row.claim = claim;
        row.bound = true;
        row.store = store;
        rows.put(id, row);
        return true;
    }

    @Override
    public boolean register(SignedAttribution claim, AttributionReceipt receipt, String store, Instant at) {
        check();
        Row row = rows.get(id(claim.attribution().hotkey(), claim.attribution().nonce()));
        if (row != null && (row.settled || !claim.sameAs(row.claim.message(), row.claim.signature()))) {
            return false;
        }
        if (row == null) {
            row = new Row();
            row.claim = claim;
            rows.put(id(claim.attribution().hotkey(), claim.attribution().nonce()), row);
        }
        row.receipt = receipt;
        row.store = store;
        return true;
    }

    @Override
    public void sidecarWritten(Hotkey hotkey, Nonce nonce) {
        check();
        rows.get(id(hotkey, nonce)).settled = true;
    }

    @Override
    public Map<ObjectKey, RegisteredAttribution> latestRegistered(Hotkey miner, Collection<ObjectKey> files) {
        check();
        Map<ObjectKey, RegisteredAttribution> found = new HashMap<>();
        rows.values().stream().filter(row -> row.receipt != null && row.claim.attribution().hotkey().equals(miner)
                && files.contains(row.claim.attribution().file()))
                .forEach(row -> found.put(row.claim.attribution().file(), new RegisteredAttribution(row.claim, row.receipt, row.store, row.bound)));
        return found;
    }
}
