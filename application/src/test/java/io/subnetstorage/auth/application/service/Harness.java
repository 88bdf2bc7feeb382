package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.inprocess.ClaimThenCharge;
import io.subnetstorage.auth.application.inprocess.InProcessQuotaLimiter;
import io.subnetstorage.auth.application.inprocess.InProcessReplayGuard;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StorageCap;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.storage.StoredBytes;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/** Wires every use case over in-memory ports, with a small subnet: one miner, one validator, one weak validator. */
final class Harness {

    static final Hotkey MINER = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    static final Coldkey MINER_COLDKEY = Coldkey.of("5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY");
    static final Hotkey VALIDATOR = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    static final Hotkey WEAK_VALIDATOR = Hotkey.of("5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy");
    static final Hotkey STRANGER = Hotkey.of("5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw");
    static final long RAO = 1_000_000_000L;
    private static final java.util.concurrent.ExecutorService LISTING = java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "test-listing");
        thread.setDaemon(true);
        return thread;
    });

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    final FakeSignatures signatures = new FakeSignatures();
    final FakeObjectStore store = new FakeObjectStore();
    final Map<Hotkey, StoreKind> latestUploads = new HashMap<>();
    final FakeRecords records = new FakeRecords();
    final FakeRegistrations registrations = new FakeRegistrations();
    final InProcessQuotaLimiter quotas = new InProcessQuotaLimiter();
    static final DailyQuotas QUOTAS = new DailyQuotas(3, 5, 100, 10, 4);
    final AdmissionRules rules;
    final SignedRequestGate gate;
    final InProcessReplayGuard replays = new InProcessReplayGuard();
    /** Grants whose replay claim and quota charge went as one step. */
    final AtomicInteger oneStepCharges = new AtomicInteger();
    final FakeAttributionRecords attributionRecords = new FakeAttributionRecords();
    final AttributionGate attributions;

    Harness() {
        this(AdmissionRules.deployed().withQuotas(QUOTAS));
    }

    Harness(AdmissionRules rules) {
        this(rules, OptionalLong.empty());
    }

    /** With MINER_STORAGE_CAP_BYTES at {@code storageCap}, counted on {@link #store}. */
    Harness(AdmissionRules rules, OptionalLong storageCap) {
        this.rules = rules;
        records.snapshot = new MetagraphSnapshot(46, List.of(
                new Neuron(0, MINER, MINER_COLDKEY, true, false, 12 * RAO),
                new Neuron(1, VALIDATOR, Coldkey.of(VALIDATOR.value()), true, true, 25_000 * RAO),
                new Neuron(2, WEAK_VALIDATOR, Coldkey.of(WEAK_VALIDATOR.value()), true, true, 20_000 * RAO)), 100, clock.instant());
        ClaimThenCharge inOrder = new ClaimThenCharge(replays, quotas);
        SingleUseCharges counted = (claim, charge, at) -> {
            oneStepCharges.incrementAndGet();
            return inOrder.claimAndCharge(claim, charge, at);
        };
        gate = new SignedRequestGate(signatures, records, records, replays, quotas, counted, records, records,
                rules, clock, registrations, storageCap.isEmpty() ? StorageCap.none()
                        : new StorageCap(new StoredBytes(router(), clock), storageCap));
        attributions = new AttributionGate(signatures, attributionRecords, replays, attributionRecords);
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    SignedEnvelope envelope(Hotkey signer, String commitment, long timestamp, String endpoint) {
        return SignedEnvelope.of(signer, signatures.sign(signer.value(), commitment), timestamp, OptionalLong.empty(),
                new RequestOrigin("req-" + timestamp, endpoint, "127.0.0.1"));
    }

    /** Routes every operation to {@code stores} (the first is the upload and read store), reading {@link #latestUploads}. */
    StoreRouter router(FakeObjectStore... stores) {
        FakeObjectStore[] all = stores.length == 0 ? new FakeObjectStore[] {store} : stores;
        return new StoreRouter(new StoreRegistry(List.of(all)), StorePhases.single(all[0].kind),
                miner -> Optional.ofNullable(latestUploads.get(miner)));
    }

    IssueMinerFolderGrantService minerFolders() {
        return new IssueMinerFolderGrantService(gate, router(), UploadRules.DEPLOYED, new io.subnetstorage.auth.application.storage.MinerBuckets(), attributions);
    }

    PresignMinerFoldersService validatorFolders() {
        return validatorFolders(Duration.ofSeconds(5));
    }

    PresignMinerFoldersService validatorFolders(Duration listingBudget) {
        return new PresignMinerFoldersService(gate, router(), listingBudget, LISTING, 1000);
    }
}
