package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.HippiusValidatorAccess;
import io.subnetstorage.auth.application.port.in.HippiusValidatorAccess.MinerBucket;
import io.subnetstorage.auth.application.port.in.IssueHippiusValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Presigned listings of every miner's folder on Hippius (SPEC §8): the miners on the metagraph and those that
 * left but whose registration is not yet archived (validators still read a departed miner's data). Works
 * with both layouts; with per-miner buckets it is the only listing of everything.
 */
public final class IssueHippiusValidatorAccessService implements IssueHippiusValidatorAccessUseCase {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final SignedRequestGate gate;
    private final ObjectStore hippius;
    private final MetagraphSource metagraph;
    private final MinerRegistrations registrations;

    public IssueHippiusValidatorAccessService(SignedRequestGate gate, StoreRegistry stores, MetagraphSource metagraph,
            MinerRegistrations registrations) {
        this.gate = gate;
        this.hippius = stores.get(StoreKind.HIPPIUS);
        this.metagraph = metagraph;
        this.registrations = registrations;
    }

    @Override
    public HippiusValidatorAccess issue(ValidatorCommand command) {
        var envelope = command.envelope();
        return gate.grant(AdmissionRequest.validator(envelope, Commitment.hippiusValidator(envelope.timestamp())), new UncheckedGrant<>() {
            @Override
            public QuotaCharge charge(Admission admission) {
                return gate.quotas().validatorGrant(admission.signer());
            }

            @Override
            public Issued<HippiusValidatorAccess> issue(Admission admission) {
                Duration validity = gate.lifetime(VALIDITY, hippius);
                Instant expiresAt = admission.now().plus(validity);
                List<MinerBucket> buckets = new ArrayList<>();
                List<AccessGrant> rows = new ArrayList<>();
                for (Hotkey miner : miners(admission)) {
                    StorageLocation folder = hippius.layout().minerFolder(miner);
                    buckets.add(new MinerBucket(miner, folder.bucket().value(), folder.folder().value(), hippius.listings().orElseThrow()
                            .presignList(folder.bucket(), ListQuery.of(folder.folder()), validity)));
                    rows.add(admission.grant(new Route(hippius, folder), folder.folder(), expiresAt, Operation.LIST));
                }
                if (rows.isEmpty()) {
                    throw gate.refuse(admission, ReasonCode.NO_VALID_FILES);
                }
                return new Issued<>(new HippiusValidatorAccess(hippius.descriptor().endpoint(), buckets, expiresAt), rows);
            }
        });
    }

    private List<Hotkey> miners(Admission admission) {
        TreeSet<String> hotkeys = new TreeSet<>();
        metagraph.current().ifPresent(snapshot -> snapshot.neurons().stream().filter(n -> !n.validatorPermit())
                .map(Neuron::hotkey).forEach(hotkey -> hotkeys.add(hotkey.value())));
        try {
            registrations.active().forEach(registration -> hotkeys.add(registration.hotkey().value()));
        } catch (DependencyUnavailable down) {
            throw gate.refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        return hotkeys.stream().map(Hotkey::of).toList();
    }
}
