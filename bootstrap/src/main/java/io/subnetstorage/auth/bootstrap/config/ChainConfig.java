package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The subnet and its metagraph: BT_NETWORK, NET_UID, SUBTENSOR_ENDPOINT, METAGRAPH_FILE,
 * MIN_VALIDATOR_STAKE (alpha), METAGRAPH_SYNC_INTERVAL, METAGRAPH_MAX_AGE and CHECK_COLDKEY_OWNER.
 * Without a network or an endpoint the metagraph is read from a file.
 */
@ConfigurationProperties("ssa.chain")
public class ChainConfig implements ValidatedAtStart {

    public static final int DEFAULT_NETUID = 46;

    private String network;
    private String netuid;
    private String subtensorEndpoint;
    private String metagraphFile;
    private String minValidatorStake;
    private String syncInterval;
    private String maxAge;
    private String checkColdkeyOwner;

    public Optional<BittensorNetwork> network() {
        return ConfigValues.text(network).map(BittensorNetwork::parse);
    }

    /** True when the metagraph comes from a chain, false when it comes from a file. */
    public boolean live() {
        return network().isPresent() || subtensorEndpoint().isPresent();
    }

    /** For {@code /rate-limits}: the BT_NETWORK name, or where the file metagraph came from. */
    public String networkLabel() {
        if (network().isPresent()) {
            return network().get().label();
        }
        if (subtensorEndpoint().isPresent()) {
            return "custom";
        }
        return ConfigValues.text(metagraphFile).isPresent() ? "file" : "development";
    }

    /** True when the packaged development metagraph, whose keys are public, would be used. */
    public boolean usesDevMetagraph() {
        return !live() && ConfigValues.text(metagraphFile).isEmpty();
    }

    public int netuid() {
        int preset = network().map(BittensorNetwork::presetNetuid).orElse(DEFAULT_NETUID);
        return ConfigValues.integer("NET_UID", netuid, preset, 0, 0xFFFF);
    }

    public Optional<URI> subtensorEndpoint() {
        return ConfigValues.uri("SUBTENSOR_ENDPOINT", subtensorEndpoint);
    }

    /** A readable file when set: the metagraph is read once at start, so a typo would otherwise stop it later. */
    public Optional<Path> metagraphFile() {
        Optional<Path> file;
        try {
            file = ConfigValues.text(metagraphFile).map(Path::of);
        } catch (InvalidPathException notAPath) {
            throw ConfigValues.invalid("METAGRAPH_FILE", metagraphFile, "the path of a metagraph JSON file");
        }
        if (file.isPresent() && !(Files.isRegularFile(file.get()) && Files.isReadable(file.get()))) {
            throw ConfigValues.invalid("METAGRAPH_FILE", metagraphFile, "a readable metagraph JSON file");
        }
        return file;
    }

    public long minValidatorStakeRao() {
        BigDecimal alpha = ConfigValues.decimal("MIN_VALIDATOR_STAKE", minValidatorStake, BigDecimal.valueOf(20_000));
        try {
            return alpha.multiply(BigDecimal.valueOf(ValidatorHasPermitAndStake.RAO_PER_ALPHA)).longValueExact();
        } catch (ArithmeticException tooPrecise) {
            throw ConfigValues.invalid("MIN_VALIDATOR_STAKE", minValidatorStake, "alpha with at most 9 decimals");
        }
    }

    public Duration syncInterval() {
        return ConfigValues.duration("METAGRAPH_SYNC_INTERVAL", syncInterval, Duration.ofSeconds(300), Duration.ofSeconds(1),
                Duration.ofDays(1), "a duration from 1s to 1d");
    }

    public Duration maxAge() {
        return ConfigValues.duration("METAGRAPH_MAX_AGE", maxAge, Duration.ofHours(1), Duration.ofSeconds(1),
                Duration.ofDays(30), "a duration from 1s to 30d");
    }

    public boolean checkColdkeyOwner() {
        return ConfigValues.flag("CHECK_COLDKEY_OWNER", checkColdkeyOwner, false);
    }

    @Override
    public void validate() {
        network();
        metagraphFile();
        netuid();
        subtensorEndpoint();
        minValidatorStakeRao();
        syncInterval();
        maxAge();
        checkColdkeyOwner();
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public void setNetuid(String netuid) {
        this.netuid = netuid;
    }

    public void setSubtensorEndpoint(String subtensorEndpoint) {
        this.subtensorEndpoint = subtensorEndpoint;
    }

    public void setMetagraphFile(String metagraphFile) {
        this.metagraphFile = metagraphFile;
    }

    public void setMinValidatorStake(String minValidatorStake) {
        this.minValidatorStake = minValidatorStake;
    }

    public void setSyncInterval(String syncInterval) {
        this.syncInterval = syncInterval;
    }

    public void setMaxAge(String maxAge) {
        this.maxAge = maxAge;
    }

    public void setCheckColdkeyOwner(String checkColdkeyOwner) {
        this.checkColdkeyOwner = checkColdkeyOwner;
    }
}
