package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.MinerObject;
import io.subnetstorage.auth.domain.storage.PathSegment;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an upload may be (SPEC §7): sizes 1 KiB to 5 GiB, segment rules for {@code job_id} and file names
 * (tightened by {@code UPLOAD_FILENAME_PATTERN}), how long object URLs live, whether a size is required, and
 * whether a per-object upload must carry an attribution ({@code ATTRIBUTION_REQUIRED}, SPEC §9).
 * These checks need no signature, so they run before any signature work.
 */
public record UploadRules(UploadLimits sizes, Optional<Pattern> fileNamePattern, Duration objectUrlLifetime, boolean requireSize,
        boolean requireAttribution) {

    public static final UploadRules DEPLOYED = new UploadRules(UploadLimits.DEPLOYED, Optional.empty(), Duration.ofHours(1), false, false);

    public UploadRules {
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(fileNamePattern, "fileNamePattern");
        Objects.requireNonNull(objectUrlLifetime, "objectUrlLifetime");
    }

    public UploadRules(UploadLimits sizes, Optional<Pattern> fileNamePattern, Duration objectUrlLifetime, boolean requireSize) {
        this(sizes, fileNamePattern, objectUrlLifetime, requireSize, false);
    }

    public UploadRules withAttributionRequired(boolean required) {
        return new UploadRules(sizes, fileNamePattern, objectUrlLifetime, requireSize, required);
    }

    MinerObject object(Hotkey miner, UploadFile file) {
        if (!PathSegment.isValid(file.jobId())) {
            throw new AccessRefused(ReasonCode.JOB_ID_INVALID, Role.MINER);
        }
        if (!PathSegment.isValid(file.fileName()) || fileNamePattern.filter(p -> !p.matcher(file.fileName()).matches()).isPresent()) {
            throw new AccessRefused(ReasonCode.FILENAME_INVALID, Role.MINER);
        }
        if (file.size().isPresent() && !sizes.allows(file.size().getAsLong())) {
            throw new AccessRefused(ReasonCode.FILE_SIZE_OUT_OF_RANGE, Role.MINER);
        }
        return new MinerObject(miner, file.jobId(), file.fileName());
    }

    /**
     * The size when given (else the range), the SHA-256 as {@code x-amz-meta-sha256} when given, and an
     * attribution's message and signature (SPEC §9): every one signed, so the store refuses an upload without them.
     */
    UploadConstraints constraints(UploadFile file, Optional<SignedAttribution> attribution) {
        Map<String, String> metadata = new TreeMap<>();
        file.sha256().ifPresent(hash -> metadata.put(SignedAttribution.SHA256_METADATA, hash));
        attribution.ifPresent(claim -> metadata.putAll(claim.uploadMetadata()));
        return UploadConstraints.of(file.size(), sizes, metadata);
    }
}
